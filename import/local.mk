## import: readers of public project registers (CORDIS, keep.eu, Kohesio, ESF-rådet, any table) (issue 19)
libsamnet_la_SOURCES += import/import.c import/import_rules.c import/import_rows.c \
	import/import_src.c import/import_cordis.c import/import_registers.c import/import_table.c \
	import/import_write.c import/import_xlsx.c import/import_keep.c import/import_private.h import/import_internal.h
samnetinclude_HEADERS += include/samnet/import.h
libsamnet_la_LIBADD += $(ZIP_LIBS) $(XML_LIBS)
AM_CFLAGS += $(ZIP_CFLAGS) $(XML_CFLAGS)
