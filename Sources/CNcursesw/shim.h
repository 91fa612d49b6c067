#ifndef SARAP_CNCURSESW_SHIM_H
#define SARAP_CNCURSESW_SHIM_H

/* Feature macros MUST come before the first system header.
 *  - NCURSES_WIDECHAR 1: curses.h then declares cchar_t, add_wch, get_wch, mvaddnwstr, setcchar...
 *  - _XOPEN_SOURCE 700: <wchar.h> then declares wcwidth()/wcswidth() (not visible via `import Glibc`). */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <curses.h>

/* Swift 6 rejects the C globals (not concurrency-safe): accessors. */
static inline WINDOW *sarap_stdscr(void) { return stdscr; }
static inline int sarap_lines(void) { return LINES; }
static inline int sarap_cols(void) { return COLS; }
static inline int sarap_color_pairs(void) { return COLOR_PAIRS; }
static inline int sarap_colors(void) { return COLORS; }

/* Expression / function-like macros the importer drops. */
static inline void sarap_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline attr_t sarap_A_NORMAL(void)    { return A_NORMAL; }
static inline attr_t sarap_A_STANDOUT(void)  { return A_STANDOUT; }
static inline attr_t sarap_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t sarap_A_REVERSE(void)   { return A_REVERSE; }
static inline attr_t sarap_A_BLINK(void)     { return A_BLINK; }
static inline attr_t sarap_A_DIM(void)       { return A_DIM; }
static inline attr_t sarap_A_BOLD(void)      { return A_BOLD; }
static inline attr_t sarap_A_ITALIC(void)    { return A_ITALIC; }
static inline attr_t sarap_COLOR_PAIR(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int sarap_KEY_F(int n) { return KEY_F(n); }
static inline mmask_t sarap_ALL_MOUSE_EVENTS(void)      { return ALL_MOUSE_EVENTS; }
static inline mmask_t sarap_REPORT_MOUSE_POSITION(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t sarap_BUTTON1_PRESSED(void)       { return BUTTON1_PRESSED; }
static inline mmask_t sarap_BUTTON1_RELEASED(void)      { return BUTTON1_RELEASED; }
static inline mmask_t sarap_BUTTON1_CLICKED(void)       { return BUTTON1_CLICKED; }
static inline mmask_t sarap_BUTTON4_PRESSED(void)       { return BUTTON4_PRESSED; } /* wheel up */
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t sarap_BUTTON5_PRESSED(void)       { return BUTTON5_PRESSED; } /* wheel down */
#else
static inline mmask_t sarap_BUTTON5_PRESSED(void)       { return 0; }
#endif

/* One grapheme cluster into one cell: a spacing wchar_t + up to CCHARW_MAX-1 (= 4) combining marks,
 * NUL-terminated. X/Open wants a spacing first character; ncurses 6.4's setcchar() still returns OK
 * for a lone mark and silently drops marks beyond the 4th. The caller enforces both rules. */
static inline int sarap_mvadd_cluster(int y, int x, const wchar_t *wcs, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wcs, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cc);
}
static inline int sarap_ccharw_max(void) { return CCHARW_MAX; }

#endif /* SARAP_CNCURSESW_SHIM_H */
