#pragma once

#include "cli/CliCommand.h"

#include <QIODevice>

namespace aks {

// `aks-recovery credentials set|delete|import-file STORE ...`: keeps a cloud store's secret in the
// OS keychain. `set` reads the secret from stdin (never from argv, which other users can see);
// `import-file` moves the secret of a velero --secret-file into the keychain and offers to delete
// the plaintext file.
class CredentialsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CredentialsCommand)
public:
    // `input` replaces stdin (tests); null reads the process's stdin.
    explicit CredentialsCommand(QIODevice* input = nullptr) : m_input(input) {}

    QString name() const override { return QStringLiteral("credentials"); }
    QString summary() const override {
        return tr("save, import or delete an Azure Blob or S3 store's secret in the OS keychain");
    }
    int run(const QStringList& args, CliContext& ctx) override;

private:
    QString readLine();

    QIODevice* m_input;
};

} // namespace aks
