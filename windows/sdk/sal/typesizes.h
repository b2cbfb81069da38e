/*
 * sal/typesizes.h for Windows x86_64 (LLP64), found before the SDK's own.
 *
 * The LibreOffice SDK ships this header as written by LibreOffice's
 * configure for the machine the SDK was built on; Debian's is for Linux
 * x86_64 (LP64), where `long` has 8 bytes.  On 64-bit Windows `long` has 4
 * bytes and pointers 8, and LibreOffice's Windows build defines exactly
 * these values.  sal/types.h picks sal_Int32 = long and
 * sal_Int64 = long long from them, which is what sal3.dll and cppu3.dll were
 * compiled with.  windows/abi_win64.c checks every size at compile time.
 */
#ifndef CONFIG_TYPESIZES_H
#define CONFIG_TYPESIZES_H

#if !defined(_WIN64)
#error "this sal/typesizes.h is for Windows x86_64 builds only"
#endif

#define SAL_TYPES_ALIGNMENT2 2
#define SAL_TYPES_ALIGNMENT4 4
#define SAL_TYPES_ALIGNMENT8 8
#define SAL_TYPES_SIZEOFSHORT 2
#define SAL_TYPES_SIZEOFINT 4
#define SAL_TYPES_SIZEOFLONG 4
#define SAL_TYPES_SIZEOFLONGLONG 8
#define SAL_TYPES_SIZEOFPOINTER 8

#endif
