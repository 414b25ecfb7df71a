export const TOOL_VERSION = '1.0.0';
