// Precompiled for the tests without widgets: the Qt, Qt Test, JSON and logging headers nearly every
// test includes.
// Each test still includes what it uses; this only saves parsing them once per test.
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QList>
#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <spdlog/spdlog.h>
#include <vector>
