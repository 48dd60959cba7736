#!/usr/bin/env python3
"""Signs in at a steady rate (captcha, its dev answer, POST /sessions) for a
while, over TLS with the server's CA, and prints what it achieved:
"logins N ok N rate R/s median_ms M p99_ms P". Each sign-in costs one Argon2id
on the server's slow lane; the benchmark measures reads meanwhile.

    login_load.py BASE_URL CA LOGIN PASSWORD RATE SECONDS
"""
import json
import ssl
import sys
import threading
import time
import http.client
import urllib.parse


def main():
    base, ca, login, password = sys.argv[1:5]
    rate, seconds = float(sys.argv[5]), float(sys.argv[6])
    url = urllib.parse.urlsplit(base)
    ctx = ssl.create_default_context(cafile=ca)
    lock = threading.Lock()
    times, ok = [], [0]

    def one():
        started = time.monotonic()
        conn = http.client.HTTPSConnection(url.hostname, url.port, context=ctx, timeout=30)
        try:
            conn.request("POST", "/api/v1/captchas")
            cid = json.loads(conn.getresponse().read())["captcha_id"]
            conn.request("GET", "/api/v1/dev/captchas/" + cid)
            answer = json.loads(conn.getresponse().read())["answer"]
            body = json.dumps({"login": login, "password": password, "captcha_id": cid, "captcha_answer": answer})
            conn.request("POST", "/api/v1/sessions", body, {"Content-Type": "application/json"})
            status = conn.getresponse().status
            with lock:
                times.append((time.monotonic() - started) * 1000)
                ok[0] += status == 201
        finally:
            conn.close()

    threads = []
    start = time.monotonic()
    n = 0
    while time.monotonic() - start < seconds:
        due = start + n / rate
        now = time.monotonic()
        if due > now:
            time.sleep(due - now)
        t = threading.Thread(target=one)
        t.start()
        threads.append(t)
        n += 1
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    times.sort()
    med = times[len(times) // 2] if times else 0
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))] if times else 0
    print("logins %d ok %d rate %.1f/s median_ms %.1f p99_ms %.1f" % (n, ok[0], ok[0] / elapsed, med, p99))


if __name__ == "__main__":
    main()
