import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Our own nginx (Debian's /usr/sbin/nginx) in front of several app processes: a config and a
 * prefix in a temp directory, `daemon off` as our child, never the system instance. Round robin
 * over the upstreams; every response says which upstream answered in `X-Upstream`.
 */
export type Nginx = { url: string; dir: string; stop(): Promise<void>; errorLog(): string }

export function nginxConfig(opts: { dir: string; port: number; upstreams: number[] }): string {
  const d = opts.dir
  const user = process.getuid?.() === 0 ? 'user www-data;' : ''
  return `${user}
daemon off;
master_process on;
worker_processes 1;
pid ${d}/nginx.pid;
error_log ${d}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${d}/access.log;
  client_body_temp_path ${d}/client_body;
  proxy_temp_path ${d}/proxy;
  fastcgi_temp_path ${d}/fastcgi;
  uwsgi_temp_path ${d}/uwsgi;
  scgi_temp_path ${d}/scgi;
  client_max_body_size 12m;
  upstream kinerja {
${opts.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${opts.port};
    location / {
      proxy_pass http://kinerja;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`
}

/** Writes the config into `dir` (created, writable by nginx's workers) and starts nginx. */
export async function startNginx(opts: {
  dir: string
  port: number
  upstreams: number[]
}): Promise<Nginx> {
  fs.mkdirSync(opts.dir, { recursive: true })
  fs.chmodSync(opts.dir, 0o777)
  const conf = path.join(opts.dir, 'nginx.conf')
  fs.writeFileSync(conf, nginxConfig(opts))
  const child: ChildProcess = spawn('/usr/sbin/nginx', ['-c', conf, '-p', opts.dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  let exited = false
  const exit = new Promise<void>((r) =>
    child.on('exit', () => {
      exited = true
      r()
    }),
  )
  const url = `http://127.0.0.1:${opts.port}`
  const errorLog = () => {
    const f = path.join(opts.dir, 'error.log')
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : ''
  }
  // Listening once it answers anything (the upstreams are already healthy).
  const until = Date.now() + 10_000
  for (;;) {
    if (exited) throw new Error(`nginx exited:\n${out}\n${errorLog()}`)
    try {
      await fetch(`${url}/api/health`)
      break
    } catch {
      if (Date.now() > until) throw new Error(`nginx did not listen on ${url}:\n${out}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    url,
    dir: opts.dir,
    errorLog,
    async stop() {
      if (exited) return
      child.kill('SIGQUIT') // graceful shutdown of nginx
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exit
      clearTimeout(timer)
    },
  }
}
