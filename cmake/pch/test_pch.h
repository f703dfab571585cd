// Precompiled for the widget tests: the core set and QWidget.
// Each test still includes what it uses; this only saves parsing them once per test.
#pragma once
#include "test_pch_core.h"
#include <QWidget>
