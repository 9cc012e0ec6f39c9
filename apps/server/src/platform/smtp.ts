import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  messageId: string;
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
}

/** Sends one message through SMTP. */
export type SendMail = (mail: OutgoingMail) => Promise<void>;

/** Real SMTP through nodemailer. */
export function createSmtpSender(url: string): SendMail {
  const transport = nodemailer.createTransport(url);
  return async (mail) => {
    await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? undefined,
      messageId: mail.messageId,
      attachments: mail.attachments,
    });
  };
}
