# One interface target carries the language level, warnings, Qt strictness and hardening for every
# target of the project, so no directory-wide flags are needed.
add_library(aks_options INTERFACE)
target_compile_features(aks_options INTERFACE cxx_std_20)
# Flags per compiler: the admins build on Windows (MSVC), CI on Linux (GCC and Clang).
if(MSVC)
    target_compile_options(aks_options INTERFACE /W4 /permissive- /Zc:__cplusplus /utf-8 /EHsc)
    if(AKS_WERROR)
        target_compile_options(aks_options INTERFACE /WX)
    endif()
else()
    target_compile_options(aks_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(AKS_WERROR)
        target_compile_options(aks_options INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(aks_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    AKS_VERSION="${PROJECT_VERSION}")
if(MSVC)
    # Hardening: control-flow guard and address-space layout randomisation on the image.
    target_compile_options(aks_options INTERFACE /guard:cf /sdl)
    target_link_options(aks_options INTERFACE /guard:cf /DYNAMICBASE /HIGHENTROPYVA)
elseif(NOT AKS_SANITIZE AND NOT AKS_FUZZ)
    target_compile_definitions(aks_options INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(aks_options INTERFACE -fstack-protector-strong)
    if(NOT WIN32 AND NOT APPLE)
        # ELF only: read-only relocations and immediate binding.
        target_link_options(aks_options INTERFACE -Wl,-z,relro,-z,now)
    endif()
endif()
if((AKS_SANITIZE OR AKS_FUZZ) AND MSVC)
    message(FATAL_ERROR "AKS_SANITIZE and AKS_FUZZ need GCC or Clang (ASan+UBSan, libFuzzer).")
endif()
if(AKS_FUZZ)
    # ASan+UBSan everywhere; libFuzzer's coverage only where the parsers are (aks_backend).
    target_compile_options(aks_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(aks_options INTERFACE -fsanitize=address,undefined)
endif()
if(AKS_SANITIZE)
    target_compile_options(aks_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(aks_options INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled headers for the tests, which are one source each and so gain nothing from the unity
# build: one header shared by every test (REUSE_FROM needs the same compile definitions, which is
# why aks_add_test links every test against the same libraries).
function(aks_precompile target header)
    if(AKS_PCH)
        target_precompile_headers(${target} PRIVATE ${CMAKE_SOURCE_DIR}/cmake/pch/${header})
    endif()
endfunction()
function(aks_reuse_pch target from)
    if(AKS_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
