# CPack: one package per install component (packaging/CMakeLists.txt says
# what each holds).
#   Linux:   Debian packages zhaocai-admin, zhaocai-cli, zhaocai-server
#            (`cpack -G DEB` in the build directory; tests/packaging checks them)
#   Windows: an NSIS installer with the desktop client and the command line
#            (docs/windows.md: windeployqt, OpenSSL, `cpack -G NSIS`)
# Packages come from whatever build they are made in (always for the prefix
# /usr): the test suite packages its Debug build (stripped, no second
# compile), a release is (README, "Install")
#   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DZC_BUILD_TESTS=OFF -DZC_BUILD_BENCH=OFF
#   cmake --build build-release && (cd build-release && cpack -G DEB)

set(CPACK_PACKAGE_NAME "zhaocai-admin")
set(CPACK_PACKAGE_VENDOR "zhaocai-admin team")
set(CPACK_PACKAGE_CONTACT "zhaocai-admin team <packages@zhaocai.example.cn>")
if(DEFINED ZC_MAINTAINER)
    set(CPACK_PACKAGE_CONTACT "${ZC_MAINTAINER}")
endif()
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://zhaocai.example.cn/")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL admin cli server)
set(CPACK_COMPONENT_ADMIN_DISPLAY_NAME "zhaocai-admin (desktop client)")
set(CPACK_COMPONENT_CLI_DISPLAY_NAME "zhaocai-cli (command line)")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "zhaocai-server (HTTPS server)")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/packaging/CPackProjectConfig.cmake")

if(WIN32)
    # The server is for Linux; the installer holds the two clients.
    set(CPACK_GENERATOR NSIS)
    set(CPACK_COMPONENTS_ALL admin cli)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "zhaocai-admin")
    set(CPACK_NSIS_DISPLAY_NAME "招采账号权限管理 zhaocai-admin")
    set(CPACK_NSIS_PACKAGE_NAME "zhaocai-admin")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\zhaocai-admin.exe")
    set(CPACK_PACKAGE_EXECUTABLES "zhaocai-admin" "招采账号权限管理")
    set(CPACK_NSIS_MODIFY_PATH ON)   # offers to put bin\ (zhaocai-cli) on PATH
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_UNINSTALL_NAME "uninstall")
    include(CPack)
    return()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # zhaocai-cli_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries' packages (Depends) from dpkg-shlibdeps; below only what it
# cannot see: plugins Qt loads at run time, data files, helpers. Each
# Description: its summary line, then the text (CPackDeb indents it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# QtKeychain reaches a Secret Service (or KWallet) over D-Bus.
set(zc_keyring "gnome-keyring | kwalletmanager | keepassxc")

set(CPACK_DEBIAN_ADMIN_PACKAGE_NAME zhaocai-admin)
set(CPACK_DEBIAN_ADMIN_PACKAGE_SECTION x11)
# The SVG icons (Qt's svg icon engine and image plugin), the cache (SQLite driver).
set(CPACK_DEBIAN_ADMIN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_ADMIN_PACKAGE_RECOMMENDS "${zc_keyring}, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_ADMIN_PACKAGE_SUGGESTS "zhaocai-cli")
set(CPACK_DEBIAN_ADMIN_DESCRIPTION
"desktop client for procurement platform account administration
Account and permission administration for the provincial drug and
medical-consumables procurement subsystems of the medical-insurance
information platforms (招采账号权限管理): sign in with the unit's main
account or a handler account, choose the unit and the medical institution,
manage account roles and their menu permissions, unit handlers and the
audit log. Works offline from its cache, read-only. Simplified Chinese and
English.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME zhaocai-cli)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "${zc_keyring}, qt6-translations-l10n")
set(CPACK_DEBIAN_CLI_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_CLI_DESCRIPTION
"command-line client for procurement platform account administration
zhaocai-cli does what the desktop client zhaocai-admin does, from a
terminal and from scripts: sign in, register a unit, manage handler
accounts, roles and their menu permissions, read the audit log, sync and
export the local cache. JSON output and distinct exit codes for scripts;
bash and zsh completion; man pages in English and Simplified Chinese.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME zhaocai-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# Its system user (adduser), the systemd helpers of its maintainer scripts,
# the SQLite driver, cracklib's dictionary (it refuses to start without it),
# the captchas' font.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
    "adduser, init-system-helpers (>= 1.54~), libqt6sql6-sqlite, cracklib-runtime, fonts-dejavu-core")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "ca-certificates")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/conffiles"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/postinst"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/prerm"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/postrm")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"reference HTTPS server for procurement platform account administration
The server of zhaocai-admin and zhaocai-cli: the HTTP API (v1) over TLS
for accounts, units, handlers, roles, menu permissions, captchas, SMS codes
and the audit log, on SQLite or PostgreSQL. Runs as the systemd service
zhaocai-server under its own system user, with its settings in
/etc/zhaocai and its data in /var/lib/zhaocai.")

include(CPack)
