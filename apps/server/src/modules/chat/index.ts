export * from './chat.table.ts';
export { chatAdminRoutes } from './chat-admin.routes.ts';
export { chatsRoutes } from './chats.routes.ts';
export { widgetRoutes } from './widget.routes.ts';
export { startChatRouting, sweepChatRouting, routeChats } from './routing.service.ts';
export { createChannel } from './channels.service.ts';
export { DEMO_CHAT_PUBLIC_ID, seedDemoChat } from './demo-chat.ts';
