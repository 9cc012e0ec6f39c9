{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}I{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}I{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title},{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}I{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}X{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}@{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}1{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}8{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}L{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title},{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}L{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title},{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title},{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}*{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}*{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}w{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title},{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}*{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}L{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}T{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}${tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}?{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}${tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}L{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}"{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}"{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}W{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}|{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}|{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}W{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}?{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}I{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}I{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}z{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}1{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}5{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}1{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}6{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}L{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}${tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}j{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}?{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}?{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}y{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}|{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}|{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}L{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}${tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}y{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title},{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}x{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}D{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}?{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}g{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}!{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}f{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}&{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}&{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}#{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}L{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}y{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}p{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}"{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}"{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}N{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}'{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title},{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}?{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}#{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}${tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}m{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}`{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}:{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}C{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}l{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}({tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}I{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}c{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}X{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}z{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}1{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}3{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}s{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}k{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}={tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}{{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}1{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}.{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}8{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}r{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}-{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}h{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}e{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}b{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}u{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}t{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}o{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}d{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}i{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}<{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}/{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}n{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}a{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}v{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}>{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title} {tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}){tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title};{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}}{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}
{tab.number !== undefined && <span className={classes.number}>#{tab.number}</span>}
              {tab.number !== undefined && ' '}
              {title}