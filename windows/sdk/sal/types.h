/*
 * sal/types.h for MinGW-w64 (GCC on Windows), wrapping the SDK's own.
 *
 * The SDK's sal/types.h (LibreOffice 7.4) knows two compilers for its
 * export and calling-convention macros: MSVC (_MSC_VER) and GCC on Unix
 * (SAL_UNX); any other combination stops with "unknown platform".  MinGW
 * is GCC on Windows.  This wrapper lets the SDK header take its GCC branch
 * (which gives the right integer types for GCC: sal_Int64 = long long once
 * sal/typesizes.h says `long` has 4 bytes) by defining SAL_UNX for the
 * length of the include only, then replaces what that branch gets wrong on
 * Windows with the values LibreOffice's MSVC branch uses:
 *
 * - exports and imports are __declspec(dllexport) / __declspec(dllimport),
 *   not ELF visibility (GCC ignores visibility on PE, with a warning);
 * - SAL_CALL is __cdecl.  On x86_64 Windows there is a single calling
 *   convention and GCC treats __cdecl as it, so this only restates the
 *   MSVC build's declarations.
 *
 * Everything else in the SDK headers that differs on Windows keys on
 * _WIN32, which MinGW defines: SAL_W32 (sal/config.h), sal_Unicode =
 * wchar_t (2 bytes on Windows), and `#pragma pack(push, 8)` around the
 * binary-UNO structs, which GCC honours.
 */
#ifndef KINERJA_WINDOWS_SAL_TYPES_H
#define KINERJA_WINDOWS_SAL_TYPES_H

#if !defined(_WIN64) || !defined(__GNUC__) || defined(_MSC_VER)
#error "this sal/types.h wrapper is for MinGW-w64 x86_64 builds only"
#endif
#ifdef SAL_UNX
#error "SAL_UNX is defined: this is not a Windows build"
#endif

#define SAL_UNX
#include_next <sal/types.h>
#undef SAL_UNX

#undef SAL_DLLPUBLIC_EXPORT
#undef SAL_JNI_EXPORT
#undef SAL_DLLPUBLIC_IMPORT
#undef SAL_DLLPRIVATE
#undef SAL_DLLPUBLIC_TEMPLATE
#undef SAL_DLLPUBLIC_RTTI
#undef SAL_CALL
#define SAL_DLLPUBLIC_EXPORT __declspec(dllexport)
#define SAL_JNI_EXPORT __declspec(dllexport)
#define SAL_DLLPUBLIC_IMPORT __declspec(dllimport)
#define SAL_DLLPRIVATE
#define SAL_DLLPUBLIC_TEMPLATE
#define SAL_DLLPUBLIC_RTTI
#define SAL_CALL __cdecl

#endif
