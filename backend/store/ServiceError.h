#pragma once

#include "HttpFetcher.h"

#include <QString>

namespace aks {

// The error code and message an Azure Storage or S3 server put in its XML error body
// (<Error><Code>…</Code><Message>…</Message>…</Error>) or the x-ms-error-code header.
struct ServiceError {
    QString code;
    QString message;    // the first line of <Message>
    QString authDetail; // Azure's <AuthenticationErrorDetail>
    QString serverTime; // S3's <ServerTime> (RequestTimeTooSkewed)

    static ServiceError parse(const HttpResponse& response);
    // "403 AuthenticationFailed": the status and code, as admins search for them.
    QString statusAndCode(int status) const;
};

} // namespace aks
