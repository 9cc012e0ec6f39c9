import { ActionIcon, Badge, Button, Group, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactReason } from '../../../api/types.ts';
import { MAX_REASON_DEPTH, type ReasonNode } from './reason-tree.ts';
import { ReasonNameForm } from './ReasonNameForm.tsx';
import { useReasonActions } from './use-reason-actions.ts';
import classes from './ReasonTree.module.css';

/** What is being typed in the tree: a new reason under a parent (null: top level), or a new name. */
export type TreeEditing = { mode: 'add'; parentId: string | null } | { mode: 'rename'; id: string } | null;

interface TreeProps {
  nodes: ReasonNode[];
  editing: TreeEditing;
  setEditing: (editing: TreeEditing) => void;
}

type Level = 'reason' | 'subReason' | 'outcome';
const LEVELS: readonly Level[] = ['reason', 'subReason', 'outcome'];
/** The level of a reason at this depth (1–3). */
const levelAt = (depth: number): Level => LEVELS[Math.min(depth, 3) - 1]!;

/** The level of a child of a reason at this depth (never a reason: children are one level down). */
const childLevel = (depth: number) => (depth <= 1 ? 'subReason' : 'outcome');

/** Where a new reason goes among `siblings`: after the last. */
const nextPosition = (siblings: ReasonNode[]) =>
  Math.min(10_000, siblings.reduce((max, n) => Math.max(max, n.reason.position), -10) + 10);

/** The disposition tree, editable in place: rename, add a child, move, deactivate. */
export function ReasonTree({ nodes, editing, setEditing, label }: TreeProps & { label: string }) {
  return (
    <ul className={classes.tree} aria-label={label}>
      <LevelList nodes={nodes} depth={1} parentId={null} editing={editing} setEditing={setEditing} />
    </ul>
  );
}

function LevelList({
  nodes,
  depth,
  parentId,
  editing,
  setEditing,
}: TreeProps & { depth: number; parentId: string | null }) {
  const { t } = useTranslation();
  const adding = editing?.mode === 'add' && editing.parentId === parentId;
  return (
    <>
      {nodes.map((node, index) => (
        <Item
          key={node.reason.id}
          node={node}
          siblings={nodes.map((n) => n.reason)}
          index={index}
          editing={editing}
          setEditing={setEditing}
        />
      ))}
      {adding && (
        <li className={classes.adding}>
          <ReasonNameForm
            mode="add"
            parentId={parentId}
            position={nextPosition(nodes)}
            label={t(`admin.contactReasons.newName.${levelAt(depth)}`)}
            onDone={() => setEditing(null)}
          />
        </li>
      )}
    </>
  );
}

interface ItemProps extends Omit<TreeProps, 'nodes'> {
  node: ReasonNode;
  siblings: ContactReason[];
  index: number;
}

function Item({ node, siblings, index, editing, setEditing }: ItemProps) {
  const { t } = useTranslation();
  const actions = useReasonActions();
  const { reason, depth, children } = node;
  const name = reason.name;
  const renaming = editing?.mode === 'rename' && editing.id === reason.id;
  const canAddChild = depth < MAX_REASON_DEPTH;
  const addingChild = editing?.mode === 'add' && editing.parentId === reason.id;

  return (
    <li aria-label={`${t(`admin.contactReasons.levels.${levelAt(depth)}`)}: ${name}`}>
      <div className={classes.row} data-inactive={!reason.active || undefined}>
        {renaming ? (
          <ReasonNameForm
            mode="rename"
            reason={reason}
            label={t('admin.contactReasons.renameLabel', { name })}
            onDone={() => setEditing(null)}
          />
        ) : (
          <Text size="sm" className={classes.name}>
            {name}{' '}
            {!reason.active && (
              <Badge size="xs" variant="light" color="gray">
                {t('admin.common.inactive')}
              </Badge>
            )}
          </Text>
        )}
        {!renaming && (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('admin.contactReasons.moveUp', { name })}
              disabled={index === 0 || actions.busy}
              onClick={() => actions.move(siblings, reason.id, -1)}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('admin.contactReasons.moveDown', { name })}
              disabled={index === siblings.length - 1 || actions.busy}
              onClick={() => actions.move(siblings, reason.id, 1)}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={t('admin.contactReasons.renameLabel', { name })}
              onClick={() => setEditing({ mode: 'rename', id: reason.id })}
            >
              {t('admin.contactReasons.rename')}
            </Button>
            {canAddChild && (
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={t(`admin.contactReasons.addChildLabel.${childLevel(depth)}`, { name })}
                onClick={() => setEditing({ mode: 'add', parentId: reason.id })}
              >
                {t(`admin.contactReasons.addChild.${childLevel(depth)}`)}
              </Button>
            )}
            <Button
              size="compact-xs"
              variant="subtle"
              color={reason.active ? 'red' : undefined}
              aria-label={t(
                reason.active
                  ? 'admin.contactReasons.deactivateLabel'
                  : 'admin.contactReasons.reactivateLabel',
                { name },
              )}
              disabled={actions.busy}
              onClick={() => actions.setActive(reason, !reason.active)}
            >
              {t(reason.active ? 'admin.contactReasons.deactivate' : 'admin.contactReasons.reactivate')}
            </Button>
          </Group>
        )}
      </div>
      {(children.length > 0 || addingChild) && (
        <ul>
          <LevelList
            nodes={children}
            depth={depth + 1}
            parentId={reason.id}
            editing={editing}
            setEditing={setEditing}
          />
        </ul>
      )}
    </li>
  );
}
