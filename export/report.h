/* export/report.h (private): the inlined assets of the HTML report. */
#ifndef SAMNET_EXPORT_REPORT_H
#define SAMNET_EXPORT_REPORT_H

extern const char sn__report_css[];
extern const char sn__report_onerror[];
extern const char sn__report_js[];

#endif
