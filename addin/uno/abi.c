/*
 * abi.c - compile-time checks that the SDK headers, as configured for this
 * build, describe the binary-UNO layout LibreOffice's own libraries use.
 *
 * Binary UNO passes these C structs between the office and the component
 * with no conversion, so one wrong size (a `long` taken as 8 bytes on
 * Windows, a missing `#pragma pack`) would corrupt every call without a
 * warning.  LibreOffice on Linux x86_64 (LP64) and on Windows x86_64
 * (LLP64, `long` is 4 bytes) lays them out identically: every member is a
 * pointer, a 32-bit sal_Int32, an enum or a byte, and the SDK packs them to
 * 8 on Windows, which is their natural alignment anyway.  The same numbers
 * are therefore checked in both builds; only `long` differs.
 *
 * The file holds no code: a failed check stops the build.
 */
#include <stddef.h>

#include "uno_sdk.h"

#if defined(_WIN64)
_Static_assert(sizeof(long) == 4, "Windows x86_64 is LLP64: long has 4 bytes");
#else
_Static_assert(sizeof(long) == 8, "Linux x86_64 is LP64: long has 8 bytes");
#endif

_Static_assert(sizeof(void *) == 8, "a 64-bit build");
_Static_assert(sizeof(sal_Bool) == 1, "sal_Bool");
_Static_assert(sizeof(sal_Int16) == 2, "sal_Int16");
_Static_assert(sizeof(sal_Int32) == 4, "sal_Int32");
_Static_assert(sizeof(sal_Int64) == 8, "sal_Int64");
_Static_assert(sizeof(sal_Unicode) == 2, "sal_Unicode is UTF-16");
_Static_assert(sizeof(sal_Size) == 8, "sal_Size is pointer-wide");
_Static_assert(sizeof(typelib_TypeClass) == 4, "enums are 32-bit");

_Static_assert(offsetof(sal_Sequence, elements) == 8, "sequence header");
_Static_assert(offsetof(rtl_uString, buffer) == 8, "rtl_uString header");
_Static_assert(offsetof(rtl_String, buffer) == 8, "rtl_String header");

/* A struct's size and a member's offset, the message naming what differs. */
#define UKURAN(tipe, n) _Static_assert(sizeof(tipe) == (n), #tipe)
#define LETAK(tipe, anggota, n)                                                \
    _Static_assert(offsetof(tipe, anggota) == (n), #tipe "." #anggota)

UKURAN(uno_Any, 24);
LETAK(uno_Any, pData, 8);
LETAK(uno_Any, pReserved, 16);
UKURAN(uno_Interface, 24);
LETAK(uno_Interface, pDispatcher, 16);

UKURAN(typelib_TypeDescriptionReference, 48);
LETAK(typelib_TypeDescriptionReference, pTypeName, 16);
UKURAN(typelib_TypeDescription, 80);
LETAK(typelib_TypeDescription, bComplete, 48);
LETAK(typelib_TypeDescription, nSize, 52);
UKURAN(typelib_InterfaceMemberTypeDescription, 96);
UKURAN(typelib_InterfaceMethodTypeDescription, 168);
LETAK(typelib_InterfaceMethodTypeDescription, nParams, 104);
LETAK(typelib_InterfaceMethodTypeDescription, pParams, 112);
UKURAN(typelib_MethodParameter, 24);
