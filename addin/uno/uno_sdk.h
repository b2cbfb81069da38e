/*
 * uno_sdk.h - the LibreOffice SDK's binary-UNO C API, made valid C.
 *
 * typelib/typedescription.h (LibreOffice 7.4) is meant for C and C++, but
 * its last three helpers are written in C++: `inline` functions using `bool`
 * and the struct tag `_typelib_TypeClass` as a type name.  Including it
 * from C needs <stdbool.h>, the enum's typedef under its tag name, and
 * `static inline` (a plain C99 `inline` would also want an external
 * definition).  The workaround lives here only, and every file of the
 * component includes the SDK through this header.
 *
 * Everything else the headers pull in is included first, so that the
 * temporary `inline` macro touches typedescription.h alone.
 */
#ifndef KINERJA_UNO_SDK_H
#define KINERJA_UNO_SDK_H

#include <stdbool.h>

#include <sal/types.h>
#include <rtl/string.h>
#include <rtl/textenc.h>
#include <rtl/ustring.h>
#include <cppu/cppudllapi.h>
#include <typelib/typeclass.h>
#include <typelib/uik.h>

#define _typelib_TypeClass typelib_TypeClass
#define inline static inline
#include <typelib/typedescription.h>
#undef inline
#undef _typelib_TypeClass

#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>
#include <uno/lbnames.h>
#include <uno/sequence2.h>

#endif
