# Installs zhaocai-server's systemd unit and its settings file, written at
# install time for the prefix being installed to: the unit must name the
# installed program, and its settings live in /etc for the prefix /usr (the
# Debian packages: CPack installs with that prefix), else in PREFIX/etc.
# Run by `cmake --install` (install(SCRIPT) in packaging/CMakeLists.txt),
# which sets ZC_PACKAGING_SOURCE_DIR and ZC_PACKAGING_BINARY_DIR first.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(ZC_SYSCONFDIR "/etc")
else()
    set(ZC_SYSCONFDIR "${CMAKE_INSTALL_PREFIX}/etc")
endif()
set(ZC_BINDIR "${CMAKE_INSTALL_PREFIX}/bin")

set(staging "${ZC_PACKAGING_BINARY_DIR}/server-files")
configure_file("${ZC_PACKAGING_SOURCE_DIR}/zhaocai-server.service.in" "${staging}/zhaocai-server.service" @ONLY)
configure_file("${ZC_PACKAGING_SOURCE_DIR}/zhaocai-server.conf.in" "${staging}/zhaocai-server.conf" @ONLY)
file(INSTALL "${staging}/zhaocai-server.service" DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system")
file(INSTALL "${staging}/zhaocai-server.conf" DESTINATION "${ZC_SYSCONFDIR}/zhaocai")
