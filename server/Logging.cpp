#include "server/Logging.h"

Q_LOGGING_CATEGORY(lcServer, "zc.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "zc.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "zc.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "zc.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "zc.server.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSeed, "zc.server.seed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSms, "zc.server.sms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCaptcha, "zc.server.captcha", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAdmin, "zc.server.admin", QtInfoMsg)
