// SPDX-License-Identifier: MIT
// Intentionally empty: the ui layer (tray icon, inspector) is not built yet.
namespace Relay::Ui {}
