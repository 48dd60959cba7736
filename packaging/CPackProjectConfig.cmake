# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's Description is its own CPACK_DEBIAN_<COMPONENT>_DESCRIPTION,
    # summary line first: CPackDeb puts the project's summary before it unless
    # the summary is CPack's default.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
