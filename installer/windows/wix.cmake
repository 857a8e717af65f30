# CPack WiX (v3) settings for the Windows installer: linli-<version>-win64.msi.
# UNTESTED: written on Debian, never run on Windows. See docs/installer.md before relying on it.
# Build on Windows with WiX Toolset 3.11+ on PATH (candle.exe, light.exe):
#   cmake --preset release && cmake --build --preset release && cd build/release && cpack -G WIX

# Never change: Windows Installer recognises earlier versions of Linli by this code.
set(CPACK_WIX_UPGRADE_GUID "91E71BAC-D3C9-4539-86F2-C295AC730FBF")
set(CPACK_WIX_TEMPLATE "${CMAKE_CURRENT_LIST_DIR}/wix-template.xml")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/linli.ico")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/license.rtf")
set(CPACK_WIX_UI_REF "WixUI_InstallDir")
# Chinese installer dialogs first; WiX needs the matching .wxl for each culture it links.
set(CPACK_WIX_CULTURES "zh-CN;en-US")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Linli")
set(CPACK_CREATE_DESKTOP_LINKS linli)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "邻里 社区管理 / community administration")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Linli")
set(CPACK_WIX_ROOT_FEATURE_DESCRIPTION "邻里 desktop application and command-line tool")

if(WIN32)
    # Qt DLLs, the platform plugin (qwindows), image formats and Qt's own translations go next to
    # linli.exe; windeployqt does that at install time, so CPack picks them up.
    if(TARGET linli)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET linli OUTPUT_SCRIPT linli_deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET linli FILENAME_VARIABLE linli_deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT "${linli_deploy_script}")
    endif()
    # SQLCipher, libsodium and libxlsxwriter come from vcpkg or MSYS2 on Windows; ship the DLLs the
    # executables import (system DLLs excluded).
    foreach(exe linli linli-cli)
        if(TARGET ${exe})
            install(TARGETS ${exe} RUNTIME_DEPENDENCY_SET linli_runtime_deps)
        endif()
    endforeach()
    if(TARGET linli OR TARGET linli-cli)
        install(RUNTIME_DEPENDENCY_SET linli_runtime_deps
                PRE_EXCLUDE_REGEXES "api-ms-" "ext-ms-" "^Qt6"
                POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
                DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
    # Windows has no fonts-arphic-uming / fonts-wqy-zenhei: the PDF fonts must be bundled (TODO,
    # see docs/installer.md); SimSun/SimHei from Windows are the fallback.
endif()
