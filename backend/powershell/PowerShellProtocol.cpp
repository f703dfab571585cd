#include "PowerShellProtocol.h"

#include "PsLiteral.h"

#include <QRandomGenerator>

namespace aks {

QString PowerShellProtocol::newNonce() {
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

QString PowerShellProtocol::hostScript(const QString& nonce, bool importModule) {
    QString s = QString::fromLatin1(kHostMarker) + QStringLiteral("\n");
    s += QStringLiteral("$ErrorActionPreference = 'Stop'\n"
                        "$ProgressPreference = 'SilentlyContinue'\n"
                        "$ConfirmPreference = 'None'\n"
                        "$VerbosePreference = 'Continue'\n"
                        "[Console]::OutputEncoding = [Text.Encoding]::UTF8\n");
    s += QStringLiteral("$nonce = %1\n").arg(psLiteral(nonce));
    if (importModule)
        s += QStringLiteral("Import-Module AksHci -Verbose:$false\n");
    // A function for the stream records, so the request loop stays readable; Windows PowerShell 5.1
    // routes Write-Host to the information stream tagged PSHOST.
    s += QStringLiteral(
        "function Send-AksRecord($id, $record) {\n"
        "    $kind = 'information'\n"
        "    $text = [string]$record\n"
        "    if ($record -is [System.Management.Automation.WarningRecord]) { $kind = 'warning'; $text = "
        "$record.Message }\n"
        "    elseif ($record -is [System.Management.Automation.VerboseRecord]) { $kind = 'verbose'; $text = "
        "$record.Message }\n"
        "    elseif ($record -is [System.Management.Automation.DebugRecord]) { $kind = 'debug'; $text = "
        "$record.Message }\n"
        "    elseif ($record -is [System.Management.Automation.ErrorRecord]) { $kind = 'error' }\n"
        "    elseif ($record -is [System.Management.Automation.InformationRecord]) {\n"
        "        $text = [string]$record.MessageData\n"
        "        if ($record.Tags -contains 'PSHOST') { $kind = 'host' }\n"
        "    }\n"
        "    $encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($text))\n"
        "    [Console]::Out.WriteLine(\"@@AKS $nonce $id STREAM $kind $encoded\")\n"
        "}\n"
        "while ($true) {\n"
        "    $line = [Console]::In.ReadLine()\n"
        "    if ($null -eq $line) { break }\n"
        "    $parts = $line.Split(' ')\n"
        "    $id = $parts[0]\n"
        "    $status = 0\n"
        "    $message = ''\n"
        "    $errorId = ''\n"
        "    [Console]::Out.WriteLine(\"@@AKS $nonce $id BEGIN\")\n"
        "    try {\n"
        "        $script = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($parts[1]))\n"
        "        $out = New-Object System.Collections.Generic.List[object]\n"
        "        & ([ScriptBlock]::Create($script)) 2>&1 3>&1 4>&1 5>&1 6>&1 | ForEach-Object {\n"
        "            if ($_ -is [System.Management.Automation.WarningRecord] -or\n"
        "                $_ -is [System.Management.Automation.VerboseRecord] -or\n"
        "                $_ -is [System.Management.Automation.DebugRecord] -or\n"
        "                $_ -is [System.Management.Automation.InformationRecord] -or\n"
        "                $_ -is [System.Management.Automation.ErrorRecord]) {\n"
        "                Send-AksRecord $id $_\n"
        "            } else {\n"
        "                $out.Add($_)\n"
        "            }\n"
        "        }\n"
        "        if ($out.Count -eq 1) {\n"
        "            [Console]::Out.WriteLine((ConvertTo-Json -InputObject $out[0] -Depth 32 -Compress))\n"
        "        } elseif ($out.Count -gt 1) {\n"
        "            [Console]::Out.WriteLine((ConvertTo-Json -InputObject $out.ToArray() -Depth 32 "
        "-Compress))\n"
        "        }\n"
        "    } catch {\n"
        "        $status = 1\n"
        "        $message = $_.Exception.Message\n"
        "        $errorId = [string]$_.FullyQualifiedErrorId\n"
        "    }\n"
        "    $encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($message))\n"
        "    $encodedId = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($errorId))\n"
        "    [Console]::Out.WriteLine(\"@@AKS $nonce $id END $status $encoded $encodedId\")\n"
        "    [Console]::Out.Flush()\n"
        "}\n");
    return s;
}

QByteArray PowerShellProtocol::encodeCommand(const QString& script) {
    QByteArray utf16;
    utf16.reserve(script.size() * 2);
    for (const QChar c : script) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return utf16.toBase64();
}

QString PowerShellProtocol::decodeCommand(const QByteArray& base64) {
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() % 2 != 0)
        return {};
    const QByteArray& b = decoded.decoded;
    QString s(b.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        s[i] = QChar(char16_t(quint8(b[2 * i]) | (quint8(b[2 * i + 1]) << 8)));
    return s;
}

QStringList PowerShellProtocol::arguments(const QString& script) {
    return {QStringLiteral("-NoProfile"),       QStringLiteral("-NonInteractive"),
            QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
            QStringLiteral("-EncodedCommand"),  QString::fromLatin1(encodeCommand(script))};
}

QByteArray PowerShellProtocol::requestLine(quint64 id, const QString& script) {
    return QByteArray::number(id) + ' ' + script.toUtf8().toBase64() + '\n';
}

QString PowerShellProtocol::remoteScript(const QString& host, const QString& script, const QString& user,
                                         const QString& password) {
    QString s;
    const bool withCredential = !user.isEmpty();
    if (withCredential)
        s += QStringLiteral("$aksCredential = New-Object System.Management.Automation.PSCredential(%1, "
                            "(ConvertTo-SecureString %2 -AsPlainText -Force))\n")
                 .arg(psLiteral(user), psLiteral(password));
    s += QStringLiteral("Invoke-Command -ComputerName %1 -Authentication Credssp").arg(psLiteral(host));
    if (withCredential)
        s += QStringLiteral(" -Credential $aksCredential");
    s += QStringLiteral(
             " -ScriptBlock {\n$ErrorActionPreference = 'Stop'\n$ConfirmPreference = "
             "'None'\n$ProgressPreference = 'SilentlyContinue'\nImport-Module AksHci -Verbose:$false\n%1\n}")
             .arg(script);
    return s;
}

} // namespace aks
