#pragma once

#include <QLoggingCategory>

// The server's logging categories, one per component. Never log a password,
// token, SMS code or Authorization header through any of them.
Q_DECLARE_LOGGING_CATEGORY(lcServer)   // zc.server: start-up, listening, shutdown
Q_DECLARE_LOGGING_CATEGORY(lcHttp)     // zc.server.http: requests, limits, connections
Q_DECLARE_LOGGING_CATEGORY(lcDb)       // zc.server.db: storage, migrations
Q_DECLARE_LOGGING_CATEGORY(lcAuth)     // zc.server.auth: logins, lockouts, sessions
Q_DECLARE_LOGGING_CATEGORY(lcTls)      // zc.server.tls: certificates
Q_DECLARE_LOGGING_CATEGORY(lcSeed)     // zc.server.seed: seed data
Q_DECLARE_LOGGING_CATEGORY(lcSms)      // zc.server.sms: messages sent (masked)
Q_DECLARE_LOGGING_CATEGORY(lcCaptcha)  // zc.server.captcha
Q_DECLARE_LOGGING_CATEGORY(lcAdmin)    // zc.server.admin: handlers, roles, assignments
