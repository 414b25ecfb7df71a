// Bidi controls and marks in a text the applicant typed reorder what a reader sees ("报告\u202Efdp.exe"
// reads "报告exe.pdf"): every report writes them out as <U+202E> instead of obeying them.
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const bidiWrittenOut = (s: string): string => s.replace(BIDI_CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
