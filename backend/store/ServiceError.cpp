#include "ServiceError.h"

#include <QXmlStreamReader>

namespace aks {

ServiceError ServiceError::parse(const HttpResponse& response) {
    ServiceError e;
    QXmlStreamReader xml(response.body);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Code"))
            e.code = xml.readElementText().trimmed();
        else if (name == QLatin1String("Message"))
            e.message = xml.readElementText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        else if (name == QLatin1String("AuthenticationErrorDetail"))
            e.authDetail = xml.readElementText().trimmed();
        else if (name == QLatin1String("ServerTime"))
            e.serverTime = xml.readElementText().trimmed();
    }
    if (e.code.isEmpty())
        e.code = QString::fromLatin1(response.header("x-ms-error-code"));
    return e;
}

QString ServiceError::statusAndCode(int status) const {
    return code.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(code);
}

} // namespace aks
