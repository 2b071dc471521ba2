# CMake toolchain file for the Windows build (scripts/build-windows):
# Debian's mingw-w64 cross compiler (gcc-mingw-w64-x86-64), 64-bit
# Windows, with the libraries scripts/windows-deps cross-built into
# MNR_WIN_PREFIX (static .a files).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${MNR_WIN_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# cross-built libraries' pkg-config files, never the Linux ones
set(ENV{PKG_CONFIG_LIBDIR} "${MNR_WIN_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
# try_compile projects see the prefix too
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES MNR_WIN_PREFIX)
