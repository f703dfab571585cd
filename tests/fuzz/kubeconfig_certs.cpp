// The certificates the Health page reads: a kubeconfig written by Get-AksHciCredential (or any file
// an admin points at), its certificate-authority-data and client-certificate-data decoded and
// parsed as PEM/X.509, and a PEM bundle on its own.
#include "FuzzSupport.h"
#include "health/CertificateExpiry.h"
#include "health/KubeconfigCertificates.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

namespace {
void checkExpiries(const QList<aks::CertificateExpiry>& certs) {
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764633600); // fixed: replays are repeatable
    for (const aks::CertificateExpiry& c : certs) {
        // A parsed certificate always has both dates, and days left agree with expired().
        if (!c.notAfter.isValid() || !c.notBefore.isValid())
            __builtin_trap();
        if (c.expired(now) != (c.notAfter <= now))
            __builtin_trap();
        if (c.daysLeft(now) < 0 && !c.expired(now))
            __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArrayView input = aksfuzz::bytes(data, size);
    if (const auto k = aks::KubeconfigCertificates::parse(input)) {
        checkExpiries(k->client);
        checkExpiries(k->ca);
        if (k->client.isEmpty() && k->ca.isEmpty() && !k->tokenAuth && !k->externalFiles)
            __builtin_trap(); // "no credentials" must be an error, not an empty success
    } else if (k.error().kind != aks::Error::Kind::Corrupt || k.error().message.isEmpty()) {
        __builtin_trap();
    }
    if (const auto certs = aks::CertificateExpiry::fromPem(input)) {
        if (certs->isEmpty())
            __builtin_trap();
        checkExpiries(*certs);
    } else if (certs.error().kind != aks::Error::Kind::Corrupt) {
        __builtin_trap();
    }
    return 0;
}
