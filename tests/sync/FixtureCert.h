#pragma once

#include <QByteArray>

// A self-signed certificate made once for these tests (its key was thrown
// away): CN "zc test fixture CA", O "zhaocai tests", SANs fixture.example and
// 127.0.0.9, valid 2026-11-23 to 2126-10-30.
inline QByteArray fixtureCertPem()
{
    return QByteArrayLiteral(
        "-----BEGIN CERTIFICATE-----\n"
        "MIIB4jCCAYmgAwIBAgIUEqlGiokO2C9HilCxes5lAhvmVdkwCgYIKoZIzj0EAwIw\n"
        "NTEbMBkGA1UEAwwSemMgdGVzdCBmaXh0dXJlIENBMRYwFAYDVQQKDA16aGFvY2Fp\n"
        "IHRlc3RzMCAXDTI2MTEyMzE3MzMwN1oYDzIxMjYxMDMwMTczMzA3WjA1MRswGQYD\n"
        "VQQDDBJ6YyB0ZXN0IGZpeHR1cmUgQ0ExFjAUBgNVBAoMDXpoYW9jYWkgdGVzdHMw\n"
        "WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQ74FNP3hShdtQIO3YTTRePNESTIKNE\n"
        "7g3dPLVDKlfnlXqJK9Bb1RqOtBtB4hyifyP1crUsBzKOJeM0xsy5O/3mo3UwczAd\n"
        "BgNVHQ4EFgQUlWYlXwBg153I+BAoLDlaT143NnkwHwYDVR0jBBgwFoAUlWYlXwBg\n"
        "153I+BAoLDlaT143NnkwDwYDVR0TAQH/BAUwAwEB/zAgBgNVHREEGTAXgg9maXh0\n"
        "dXJlLmV4YW1wbGWHBH8AAAkwCgYIKoZIzj0EAwIDRwAwRAIgUiLV4F6w4OI6oiIG\n"
        "+oNoHEHsMF6/9w9OO880f146UUUCIGBtX4+o4DokXyvn1c5ahr/VOmRwEgfGJOuP\n"
        "ZR9G1U81\n"
        "-----END CERTIFICATE-----\n");
}

inline const char *fixtureCertSha256()
{
    return "C1:E3:BE:10:B1:3E:6F:6D:02:60:6C:EF:6E:5A:14:28:39:FB:77:3B:0B:D4:73:AD:E5:75:F8:AA:77:C1:C1:65";
}
