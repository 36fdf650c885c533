"""`cmo serve`: the review in a browser, on the same command functions as the CLI.

Every page opens the review, calls the functions `cli.py` calls (one store, one history, the same rules)
and closes it, so the browser and the command line see each other's work at once. That work runs off the event loop,
each request in a thread of its own (`cmo.web.workers`), so one long write never stalls another browser's page.
Pages are plain HTML from the one template environment (`cmo.outputs.templating`) and read without JavaScript;
forms post and redirect. A small script adds keyboard shortcuts and fills a quote from selected text.

Safe by default:
- loopback unless `--host` is given, and then only with the access key printed at start (`?key=`, kept in
  an HttpOnly cookie);
- the `Host` header must name this server (a page elsewhere cannot reach it by DNS rebinding);
- every write carries this session's token (a hidden field a page elsewhere cannot read) and, when the browser
  sends one, an `Origin` of this server; anything else is refused with 403 and nothing changes;
- every write names the versions of what its page showed, checked inside the write's transaction
  (`cmo.commands.guard`): a stale page gets 409, says who changed what and when (from the history), shows the words
  now stored beside the person's own and keeps what they typed in a form to apply again, never a silent overwrite;
- every write carries the name of the person making it (`Settings.name_required`, as `cmo serve` runs): a browser
  that gave none is asked for it, the write refused with a sentence and what was typed kept to send again;
- all text is escaped by the environment.
"""

from __future__ import annotations

import contextvars
import functools
import hmac
import re
import secrets
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import get_args
from urllib.parse import quote, unquote, urlencode, urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from cmo.errors import Busy, CmoError, NotFound
from cmo.models import RealistMove
from cmo.normalise import natural_key
from cmo.outputs.events import HistoryEntry
from cmo.outputs.templating import address
from cmo.views import left_empty as said_left_empty
from cmo.web.workers import Stopped, Workers

STATIC = Path(__file__).resolve().parent / "static"
PAGE_SIZE = 100
KEY_COOKIE = "cmo_key"
NAME_COOKIE = "cmo_name"
"""Who this browser decides as (`/name`): recorded with each decision made from it, as `--by` is on the command line."""
DECIDING_AS: contextvars.ContextVar[str] = contextvars.ContextVar("deciding_as", default="")
TYPED: contextvars.ContextVar[dict | None] = contextvars.ContextVar("typed", default=None)
"""What the write being answered posted (`Pages.form`), kept so a refusal can give it back."""
NAME_GIVEN: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("name_given", default=None)
"""A name given with a write itself (the refusal's form asks for it): the answer keeps it in the browser's cookie."""
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass
class Settings:
    """What one running server knows: the review, where it listens, and its secrets."""

    folder: Path
    host: str = "127.0.0.1"
    port: int = 8765
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    """Carried by every form of this session: a page elsewhere cannot read it, so cannot write."""
    key: str | None = None
    """Needed to read anything when the server listens beyond loopback (printed at start)."""
    name_required: bool = False
    """Refuse a write from a browser that has given no name (`cmo serve` sets it: `server.prepare`), so every decision
    in the history names who made it."""

    @property
    def loopback(self) -> bool:
        return self.host in LOOPBACK

    def allowed_hosts(self) -> set[str]:
        names = {self.host, *(LOOPBACK if self.loopback else ())}
        return {f"{name}:{self.port}" for name in names} | ({self.host} if self.port in (80, 443) else set())

    def origins(self) -> set[str]:
        return {f"http://{host}" for host in self.allowed_hosts()}


def create_app(settings: Settings) -> Starlette:
    """The web app over one review folder."""
    pages = Pages(settings)
    routes = [
        Route("/", pages.home),
        Route("/sources", pages.sources),
        # a key may hold "/" (DBLP's `journals/cacm/Knuth74`): links write it as %2F (`address`), the server decodes it
        Route("/sources/{key:path}/screen", pages.screen, methods=["POST"]),
        Route("/sources/{key:path}/appraise", pages.appraise, methods=["POST"]),
        Route("/sources/{key:path}", pages.source),
        Route("/statements", pages.add_statement, methods=["POST"]),
        Route("/statements/{sid}", pages.statement),
        Route("/statements/{sid}/edit", pages.edit_statement, methods=["POST"]),
        Route("/statements/{sid}/delete", pages.delete_statement, methods=["POST"]),
        Route("/configurations", pages.configurations),
        Route("/configurations/new", pages.new_configuration_page),
        Route("/configurations/new", pages.new_configuration, methods=["POST"]),
        Route("/configurations/{cid}", pages.configuration),
        Route("/configurations/{cid}/{action}", pages.decide, methods=["POST"]),
        Route("/refine", pages.refine, methods=["POST"]),
        Route("/rounds", pages.rounds),
        Route("/rounds/close", pages.close_round, methods=["POST"]),
        Route("/rounds/check", pages.round_check),
        Route("/rounds/{number:int}", pages.rounds),
        Route("/rounds/{number:int}/pack", pages.pack),
        Route("/feedback", pages.import_feedback, methods=["POST"]),
        Route("/history/{target:path}", pages.history),
        Route("/name", pages.name, methods=["POST"]),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={CmoError: pages.problem, 404: pages.not_found})
    app.add_middleware(Guard, settings=settings)
    app.state.workers = pages.workers  # stopped with the server (`server.run`)
    return app


def off_the_loop(page):
    """A page whose work (opening the review, reading it, rendering) runs off the event loop (`Pages.off_loop`)."""

    @functools.wraps(page)
    async def answered(self: Pages, request: Request) -> Response:
        return await self.off_loop(page, self, request)

    return answered


def writing(*, named: bool = True):
    """A write: its form read and checked on the event loop (`Pages.form`: the session token, who decides), then its
    work off the loop (`Pages.off_loop`), given the form."""

    def page_of(write):
        @functools.wraps(write)
        async def answered(self: Pages, request: Request) -> Response:
            form = await self.form(request, named=named)
            return await self.off_loop(write, self, request, form)

        return answered

    return page_of


class Guard:
    """Host, access key, session token and Origin, before any page runs (pure ASGI, so it sees every request)."""

    def __init__(self, app, settings: Settings):
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope, receive)
        if not request.url.path.startswith("/static/"):
            send = _not_stored(send)
        refusal = self.refusal(request)
        if refusal is not None:
            return await refusal(scope, receive, send)
        DECIDING_AS.set(deciding_as(request))
        given: list[str] = []
        NAME_GIVEN.set(given)
        TYPED.set(None)
        send = _keeping_the_name(send, given)
        if self.settings.key and request.query_params.get("key") == self.settings.key:
            target = request.url.path + (
                ("?" + urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "key"]))
                if len(request.query_params) > 1
                else ""
            )
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(KEY_COOKIE, self.settings.key, httponly=True, samesite="strict")
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)

    def refusal(self, request: Request) -> Response | None:
        settings = self.settings
        if request.headers.get("host", "") not in settings.allowed_hosts():
            return PlainTextResponse("This server answers only to its own address.", status_code=400)
        if settings.key and not (
            hmac.compare_digest(request.cookies.get(KEY_COOKIE, ""), settings.key)
            or hmac.compare_digest(request.query_params.get("key", ""), settings.key)
        ):
            return PlainTextResponse("Open the address cmo serve printed (it carries the access key).", status_code=401)
        if request.method not in ("GET", "HEAD"):
            origin = request.headers.get("origin")
            if origin is not None and origin not in settings.origins():
                return refused("a page on another site tried to change this review; nothing was changed.")
        return None


def _not_stored(send):
    """`send`, saying `Cache-Control: no-store` on the answer: every page and download is the review as it is at that
    moment, so Back or a reopened tab asks again rather than showing a page another person's change has made stale
    (trial BP 8); only the app's own stylesheet and script (`/static/`) may be kept."""

    async def sending(message):
        if message["type"] == "http.response.start":
            from starlette.datastructures import MutableHeaders

            MutableHeaders(scope=message)["cache-control"] = "no-store"
        await send(message)

    return sending


def _keeping_the_name(send, given: list[str]):
    """`send`, adding to the answer the cookie that keeps a name given with a write (`Pages.form`)."""

    async def sending(message):
        if message["type"] == "http.response.start" and given:
            from starlette.datastructures import MutableHeaders

            MutableHeaders(scope=message).append("set-cookie", name_cookie(given[-1]))
        await send(message)

    return sending


def name_cookie(name: str) -> str:
    """The Set-Cookie header keeping who this browser decides as."""
    response = Response()
    response.set_cookie(NAME_COOKIE, quote(name), max_age=365 * 24 * 3600, httponly=True, samesite="strict")
    return response.headers["set-cookie"]


class Unnamed(CmoError):
    """A write from a browser that has given no name: refused, nothing written, what was typed given back."""


def deciding_as(request: Request) -> str:
    """The name this browser gave (`NAME_COOKIE`), cleaned as `--by` is; none given, none recorded: the server's own
    user is not assumed to be the person at every browser."""
    from cmo.commands.review import reviewer_name

    return reviewer_name(unquote(request.cookies.get(NAME_COOKIE, "")))


def refused(message: str, status: int = 403) -> HTMLResponse:
    from cmo.outputs.templating import environment

    html = environment().get_template("web/problem.html").render(title="Refused", message=as_sentence(message), token="", nav="")
    return HTMLResponse(html, status_code=status)


class Pages:
    """One method per page or write; each opens the review for the request and closes it."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.kept = Kept()
        self.workers = Workers()

    # ---- plumbing -------------------------------------------------------------------------------
    @contextmanager
    def opened(self):
        """The review for one request, closed when it is answered."""
        from cmo.commands.review import open_review

        review = open_review(self.settings.folder)
        review.store.reviewer = DECIDING_AS.get()
        try:
            with self.workers.interruptible(review.store.db):
                yield review
        finally:
            review.close()

    async def off_loop(self, function, *args) -> Response:
        """`function(*args)`, the engine work of one request, in a thread of its own (`Workers`): other browsers'
        pages are answered meanwhile. Stopped with the server, it is answered that it was stopped."""
        try:
            return await self.workers.run(function, *args)
        except Stopped:
            return PlainTextResponse(
                "cmo serve was stopped before this was done: a change it was making was undone, never half-saved. "
                "Start cmo serve again and reload the page to see the review as it is.",
                status_code=503,
            )

    def render(self, template: str, status: int = 200, **values) -> HTMLResponse:
        from cmo.outputs.templating import environment

        values.setdefault("nav", "")
        values.setdefault("deciding_as", DECIDING_AS.get())
        values.setdefault("name_required", self.settings.name_required)
        html = environment().get_template(f"web/{template}").render(token=self.settings.token, **values)
        return HTMLResponse(html, status_code=status)

    async def form(self, request: Request, *, named: bool = True) -> dict:
        """The posted form, after its session token is checked (403 and nothing done otherwise) and, for a write that
        decides (`named`), the name of who makes it: one given with the form itself (`deciding_as`, asked for by the
        refusal) is this browser's from now on; none at all, where names are required, is refused with what was
        typed kept to send again (`Unnamed`)."""
        from cmo.commands.review import reviewer_name

        form = await request.form()
        if not hmac.compare_digest(str(form.get("token", "")), self.settings.token):
            raise Forbidden("this form is not from this cmo serve session (reload the page); nothing was changed.")
        values: dict = {}
        for name, value in form.multi_items():  # ticked boxes of one name (statements, feedback) read as "S3,S7"
            values[name] = f"{values[name]},{value}" if name in values and isinstance(value, str) else value
        TYPED.set(values)
        if named and (given := reviewer_name(str(values.pop("deciding_as", "") or ""))):
            DECIDING_AS.set(given)
            if (keeping := NAME_GIVEN.get()) is not None:
                keeping.append(given)
        if named and self.settings.name_required and not DECIDING_AS.get():
            raise Unnamed(
                "give your name before changing the review: the history records who made each decision. Nothing was "
                "written; what you typed is kept below, to send again with your name."
            )
        return values

    async def problem(self, request: Request, error: CmoError) -> Response:
        from cmo.commands.guard import Stale

        if isinstance(error, Forbidden):
            return refused(str(error.message))
        typed = TYPED.get()
        if isinstance(error, Unnamed) and typed is not None:
            return self.typed_back(request, typed, as_sentence(error.message), status=403, ask_name=True)
        if isinstance(error, Stale) and typed is not None:
            return await self.off_loop(self.stale, request, error, typed)
        if isinstance(error, Busy) and typed is not None:
            return self.busy(request, error, typed)
        status = 409 if isinstance(error, Stale) else 404 if isinstance(error, NotFound) else 400
        if typed is not None and request.method == "POST":  # refused for what it asks: what was typed, to correct and
            # send again (Back reloads the page empty, every page being no-store: trial CD lost a split's note so)
            return self.typed_back(request, typed, on_the_web(error.message), status=status, busy=True)
        return self.render("problem.html", status=status, title="Not done", message=on_the_web(error.message))

    def typed_back(
        self, request: Request, typed: dict, message: str, *, status: int, ask_name=False, busy=False, title="Not done"
    ) -> Response:
        """A write not done, with what was typed in a form that sends it again: asking the writer's name first
        (`ask_name`), or to correct and send (`busy`: the page's own send button)."""
        return self.render(
            "refused_write.html",
            status=status,
            title=title,
            message=message,
            action=request.url.path,
            **kept_fields(typed),
            ask_name=ask_name,
            busy=busy,
            changes=[],
            beside=[],
            about=None,
        )

    def busy(self, request: Request, error: Busy, typed: dict) -> Response:
        """A write that waited its turn at the review's lock longer than a write waits (`store.LOCK_WAIT`), behind a
        command at a terminal or another long write: said as who holds the review, with what was typed kept in a form
        that sends it again once that has finished, its page's versions kept too, so a change the other made meanwhile
        to what it decides on is told then, never written over."""
        message = (
            f"Not written yet: the review was being changed by {error.holder or 'another cmo command'}, and your change "
            f"waited {error.waited:g} s for it to finish; nothing was changed. What you typed is kept below: send it again "
            "once that has finished (if it changed what you are deciding on, you will be told what, before anything is "
            "written)."
        )
        answer = self.typed_back(request, typed, message, status=503, busy=True, title="Not done yet")
        answer.headers["Retry-After"] = str(max(1, round(error.waited)))
        return answer

    def stale(self, request: Request, error: CmoError, typed: dict) -> Response:
        """A write from a page out of date: who changed what and when (each changed item's latest decision, as the
        history tells it), the words stored now beside the person's own, and what they typed kept in a form that
        applies it to the item as it is now, a change to fields they left as they were not undone."""
        from cmo.commands.guard import current
        from cmo.outputs.events import field_changes

        seen = seen_targets(request.url.path, typed)
        about = seen.get("seen")  # the item the form is about (its page's): the one item whose words it types
        changes, beside, kept = [], [], dict(typed)
        with self.opened() as review:
            for key, target in seen.items():
                now = current(review, target)
                if now == str(typed.get(key, "")):
                    continue
                kept[key] = now  # sent again, the form is a decision on the item as it is now
                decisions = review.store.history(target)
                last = decisions[-1] if decisions else None
                if last is not None:
                    entry = told_history(review, [last], target)[0]
                    changes.append((target, entry, last.seq))
                stored = stored_item(review, target) if target == about else None
                if stored is None:  # an item the form only checked (a statement ticked, one a mark names): named above
                    continue
                changed_then = {name: (was, value) for name, was, value in field_changes(last, target)} if last else {}
                for name, value in typed.items():
                    if not isinstance(value, str) or name in NOT_WORDS | DECISION_WORDS or not hasattr(stored, name):
                        continue
                    now_words = stored_words(getattr(stored, name))
                    if name in changed_then and value.strip() == stored_words(changed_then[name][0]).strip():
                        kept[name] = now_words  # left as the page showed it: the other's change stands
                    elif value.strip() != now_words.strip():
                        beside.append((target, name, now_words, value))
        said = on_the_web(error.message).replace(" Reload to see the change.", "")  # the change is on this page
        events = one_per_event(changes)
        for named, entry in events:
            said += f" {entry.by or 'Someone who gave no name'} changed {named} last, at {entry.at} ({entry.what})."
        message = said + " What you typed is kept below, beside the words stored now, to apply again if you still mean it."
        return self.render(
            "refused_write.html",
            status=409,
            title="Not done",
            message=message,
            action=request.url.path,
            **kept_fields(kept),
            ask_name=False,
            busy=False,
            changes=events,
            first_changed=changes[0][0] if changes else "",
            beside=beside,
            about=about,
        )

    async def not_found(self, request: Request, error) -> Response:
        return self.render("problem.html", status=404, title="Not found", message=f"There is no page at {request.url.path}.")

    def back(self, url: str, said: str = "", warnings: Sequence[str] = ()) -> RedirectResponse:
        """To the page, with what was done said on it and every warning the command gave (the CLI prints them and
        exits 1), however many: kept by this server under an id nobody else can guess (`Kept`), so a link from
        elsewhere cannot put words on a page and a long list is never cut to fit an address."""
        if said:
            told = Told(said, [on_the_web(str(w)) for w in warnings])
            path, hash_, fragment = url.partition("#")  # the query before any '#S3' the page scrolls to
            url = path + ("&" if "?" in path else "?") + urlencode([("told", self.kept.keep(told))]) + hash_ + fragment
        return RedirectResponse(url, status_code=303)

    def said(self, request: Request) -> Told:
        return self.kept.get(request.query_params.get("told", ""))

    # ---- pages ----------------------------------------------------------------------------------
    @off_the_loop
    def home(self, request: Request) -> Response:
        with self.opened() as review:
            sources = review.store.sources()
            statements = [s for s in review.store.statements() if not s.deleted]
            configs = [c for c in review.store.configurations() if not c.retired]
            counts = {status: sum(s.status == status for s in sources) for status in ("unscreened", "included", "excluded")}
            return self.render(
                "home.html",
                nav="home",
                title=review.title,
                question=review.config.question,
                sources=len(sources),
                counts=counts,
                statements=len(statements),
                configurations=len(configs),
                round=review.store.current_round(),
            )

    @off_the_loop
    def sources(self, request: Request) -> Response:
        from cmo.commands.sources import source_summaries

        query = request.query_params
        wanted = {name: query.get(name, "") for name in ("q", "status", "type", "origin", "file")}
        page = max(1, int(query.get("page", "1") or 1)) if query.get("page", "1").isdigit() else 1
        with self.opened() as review:
            every = review.store.sources()
            found = [s for s in every if _matches(s, wanted)]
            shown = source_summaries(found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE], every)
            files = sorted({r.file for s in every for r in s.records})
            return self.render(
                "sources.html",
                nav="sources",
                title="Sources",
                sources=shown,
                total=len(found),
                page=page,
                pages=max(1, -(-len(found) // PAGE_SIZE)),
                wanted=wanted,
                files=files,
                said=self.said(request),
                query=urlencode({k: v for k, v in wanted.items() if v}),
            )

    @off_the_loop
    def source(self, request: Request) -> Response:
        from cmo.commands.code import configurations_by_statement
        from cmo.commands.guard import version_of
        from cmo.commands.sources import get_source

        key = request.path_params["key"]
        with self.opened() as review:
            source = get_source(review, key)
            keys = sorted(review.store.source_keys(), key=natural_key)
            at = keys.index(source.key)
            statements = [s for s in review.store.statements(source.key) if not s.deleted]
            pages = review.store.fulltext_pages(source.key)
            return self.render(
                "source.html",
                nav="sources",
                title=source.title or source.key,
                source=source,
                version=version_of(source),
                statements=statements,
                members=configurations_by_statement(review),
                fulltext=pages,
                previous=keys[at - 1] if at else None,
                next=keys[at + 1] if at + 1 < len(keys) else None,
                domains=review.domains,
                groups=review.groups,
                said=self.said(request),
                versions={s.id: version_of(s) for s in statements},
            )

    @off_the_loop
    def statement(self, request: Request) -> Response:
        from cmo.commands.code import get_statement, show_statement, suggest
        from cmo.commands.guard import version_of

        with self.opened() as review:
            view = show_statement(review, request.path_params["sid"])
            return self.render(
                "statement.html",
                nav="sources",
                title=view.id,
                statement=view,
                suggestions=suggest(review, view.id),
                version=version_of(get_statement(review, view.id)),
                domains=review.domains,
                said=self.said(request),
            )

    @off_the_loop
    def configurations(self, request: Request) -> Response:
        from cmo.commands.configs import list_configurations

        with self.opened() as review:
            views = list_configurations(review)
            names = {d.slug: d.name for d in review.domains}
            by_domain: dict[str, list] = {}
            for view in views:
                by_domain.setdefault(view.domain or "", []).append(view)
            order = [d.slug for d in review.domains if d.slug in by_domain] + [d for d in by_domain if d not in names]
            return self.render(
                "configurations.html",
                nav="configurations",
                title="Configurations",
                by_domain=by_domain,
                order=order,
                names=names,
                said=self.said(request),
            )

    @off_the_loop
    def configuration(self, request: Request) -> Response:
        from cmo.commands.configs import citable_feedback, show_configuration
        from cmo.commands.guard import configuration_version, version_of
        from cmo.commands.history import history

        cid = request.path_params["cid"].upper()
        with self.opened() as review:
            view, answers = show_configuration(review, cid)
            statements = {s.id: s for s in review.store.statements()}
            members = [statements[s] for s in view.statements if s in statements]
            return self.render(
                "configuration.html",
                nav="configurations",
                title=f"{view.id} {view.title}",
                config=view,
                version=configuration_version(review, review.store.configuration(view.id)),
                answers=answers,
                citable=citable_feedback(review, view.id),
                cited={a.id: a for a in review.store.feedback(replaced=True) if a.id in view.feedback_evidence},
                members=members,
                versions={s.id: version_of(s) for s in members},
                domains=review.domains,
                trail=told_history(review, history(review, view.id), view.id),
                said=self.said(request),
                moves=MOVES,
            )

    @off_the_loop
    def new_configuration_page(self, request: Request) -> Response:
        """Choose statements for a configuration made by hand (`cmo configs new`), each shown where it is now."""
        from cmo.commands.guard import configuration_version, version_of

        chosen = {s.strip().upper() for s in request.query_params.get("statements", "").split(",") if s.strip()}
        with self.opened() as review:
            configs = review.store.configurations()
            statements = [s for s in review.store.statements() if not s.deleted]
            held = {sid for c in configs for sid in c.statements}
            names = {d.slug: d.name for d in review.domains}
            by_id = {s.id: s for s in statements}
            order = {d.slug: i for i, d in enumerate(review.domains)}
            configs = sorted(configs, key=lambda c: (order.get(c.domain or "", len(order)), natural_key(c.id)))
            groups = [(c, [by_id[s] for s in c.statements if s in by_id]) for c in configs]
            free = [s for s in statements if s.id not in held]
            accepted_in = {sid: c.id for c in reversed(configs) if c.accepted for sid in c.statements}  # refused on submit
            return self.render(
                "new_configuration.html",
                nav="configurations",
                title="New configuration",
                groups=groups,
                free=free,
                names=names,
                chosen=chosen,
                accepted_in=accepted_in,
                versions={
                    **{s.id: version_of(s) for s in statements},
                    **{c.id: configuration_version(review, c) for c in configs},
                },
                domains=review.domains,
                moves=MOVES,
                said=self.said(request),
            )

    @off_the_loop
    def round_check(self, request: Request) -> Response:
        """The rounds page with what closing the open round now would send and what to look at first, as `cmo round
        close --check` says it (trial BJ: the page's close button froze a round the check would have named S11 and S20
        in no configuration for, and C6 with no included evidence)."""
        from cmo.commands.rounds import check

        with self.opened() as review:
            would = check(review)
        checked = [on_the_web(str(warning)) for warning in would.warnings]
        return self.rounds_page(request, checked=checked, sending=would.configurations)

    @off_the_loop
    def rounds(self, request: Request) -> Response:
        return self.rounds_page(request)

    def rounds_page(self, request: Request, checked: list[str] | None = None, sending: list[str] | None = None) -> Response:
        """The rounds, and one closed round's feedback (`/rounds/2` or `/rounds?round=2`; the latest by default):
        its agreement per configuration, as `cmo feedback summary` gives it, and every answer kept, as
        `cmo feedback list` does."""
        from cmo.commands.feedback import feedback_summary, list_feedback
        from cmo.commands.rounds import list_rounds

        asked = request.path_params.get("number", request.query_params.get("round", ""))
        with self.opened() as review:
            rounds = list_rounds(review)
            closed = [r.round for r in rounds]
            number = _round_asked(str(asked), closed) if str(asked).strip() else (closed[-1] if closed else None)
            return self.render(
                "rounds.html",
                nav="rounds",
                title="Rounds and feedback",
                rounds=rounds,
                current=review.store.current_round(),
                shown=number,
                agreement=feedback_summary(review, number) if number else [],
                answers=list_feedback(review, number) if number else [],
                groups=review.groups,
                group_names={g.slug: g.name for g in review.groups},
                said=self.said(request),
                checked=checked,
                sending=sending,
            )

    @off_the_loop
    def history(self, request: Request) -> Response:
        from cmo.commands.history import history, history_target

        target = request.path_params["target"]
        with self.opened() as review:
            trail = told_history(review, history(review, target), history_target(review, target))
            return self.render("history.html", nav="", title=f"History of {target}", target=target, trail=trail)

    @off_the_loop
    def pack(self, request: Request) -> Response:
        from cmo.commands.pack import default_pack_path, make_pack

        number = request.path_params["number"]
        group = request.query_params.get("group") or None
        with self.opened() as review, tempfile.TemporaryDirectory(prefix="cmo-pack-") as folder:
            slug = review.resolve_group(group) if group else None
            name = default_pack_path(review, number, None, slug).name  # slugs are letters, digits and hyphens
            html = Path(make_pack(review, number, group=slug, output=Path(folder) / name).path).read_bytes()
        return Response(html, media_type="text/html", headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # ---- writes ---------------------------------------------------------------------------------
    @writing(named=False)
    def name(self, request: Request, form: dict) -> Response:
        """Who decides from this browser from now on; back to the page the form was on (a page of this site only)."""
        from cmo.commands.review import reviewer_name

        name = reviewer_name(str(form.get("name", "")))
        came_from = urlsplit(request.headers.get("referer", ""))
        ours = came_from.netloc in self.settings.allowed_hosts() and came_from.path.startswith("/")
        query = "&".join(part for part in came_from.query.split("&") if part and not part.startswith("told="))
        path = (came_from.path + (f"?{query}" if query else "")) if ours else "/"
        said = (
            f"Decisions from this browser are now recorded as made by {name}."
            if name
            else ("Decisions from this browser are now recorded without a name.")
        )
        response = self.back(path, said)
        response.set_cookie(NAME_COOKIE, quote(name), max_age=365 * 24 * 3600, httponly=True, samesite="strict")
        return response

    @writing()
    def screen(self, request: Request, form: dict) -> Response:
        from cmo.commands.guard import unless_changed
        from cmo.commands.select import set_status

        key = request.path_params["key"]
        status = {"include": "included", "exclude": "excluded", "unscreen": "unscreened"}.get(form.get("decision", ""))
        if status is None:
            raise CmoError("choose include, exclude or unscreen.")
        if status == "excluded" and not str(form.get("reason", "")).strip():
            raise CmoError("an exclusion needs a reason (it goes into the PRISMA flow and the report).")
        with self.opened() as review:
            done = unless_changed(review, {key: form.get("seen", "")}, set_status, [key], status, str(form.get("reason", "")))
        then = str(form.get("then") or "")
        target = then if then.startswith("/") and not then.startswith("//") else f"/sources/{address(key)}"  # never off-site
        if done.warnings:
            target = f"/sources/{address(key)}"  # stay on the source the warning is about
        return self.back(str(target), f"{key} {status}.", done.warnings)

    @writing()
    def appraise(self, request: Request, form: dict) -> Response:
        from cmo.commands.appraise import appraise
        from cmo.commands.guard import unless_changed

        key = request.path_params["key"]
        with self.opened() as review:
            unless_changed(
                review,
                {key: form.get("seen", "")},
                appraise,
                key,
                form.get("relevance") or None,
                form.get("rigour") or None,
                form.get("note") or None,
            )
        return self.back(f"/sources/{address(key)}", f"{key} appraised.")

    @writing()
    def add_statement(self, request: Request, form: dict) -> Response:
        from cmo.commands.code import add_statement

        fields = {
            name: str(form.get(name, "")).strip()
            for name in ("source", "context", "mechanism", "outcome", "cmoc", "quote", "page", "coder", "note")
        }
        if not (fields["context"] or fields["mechanism"] or fields["outcome"] or fields["cmoc"]):
            raise CmoError("a statement needs at least one of context, mechanism and outcome, or one sentence marking them.")
        with self.opened() as review:
            fields["domain"] = review.resolve_domain(form["domain"]) if form.get("domain") else None
            fields["groups"] = [review.resolve_group(g) for g in str(form.get("groups", "")).split(",") if g.strip()]
            added = add_statement(review, **fields)
        return self.back(f"/sources/{address(fields['source'])}", f"{added.statement.id} added.", added.warnings)

    @writing()
    def edit_statement(self, request: Request, form: dict) -> Response:
        from cmo.commands.code import EDITABLE, edit_statement
        from cmo.commands.guard import unless_changed

        sid = request.path_params["sid"].upper()
        changes = {name: str(form[name]).strip() for name in EDITABLE if name in form}
        if "groups" in changes:
            changes["groups"] = [g.strip() for g in changes["groups"].split(",") if g.strip()]
        with self.opened() as review:
            current = review.store.statement(sid)
            if current is not None:
                changes = {k: v for k, v in changes.items() if v != getattr(current, k) and (v or getattr(current, k))}
            unless_changed(review, {sid: str(form.get("seen", ""))}, edit_statement, sid, changes, note=str(form.get("why", "")))
        return self.back(f"/statements/{sid}", f"{sid} edited.")

    @writing()
    def delete_statement(self, request: Request, form: dict) -> Response:
        from cmo.commands.code import delete_statement
        from cmo.commands.guard import unless_changed

        sid = request.path_params["sid"].upper()
        with self.opened() as review:
            source = review.store.statement(sid).source if review.store.statement(sid) else ""
            unless_changed(review, {sid: form.get("seen", "")}, delete_statement, sid, note=str(form.get("note", "")))
        return self.back(f"/sources/{address(source)}", f"{sid} deleted.")

    @writing()
    def decide(self, request: Request, form: dict) -> Response:
        """A decision on one configuration, with its note and realist move, as `cmo configs …` takes it."""
        from cmo.commands import configs
        from cmo.commands.code import mark_statement
        from cmo.commands.guard import unless_changed

        cid, action = request.path_params["cid"].upper(), request.path_params["action"]
        ids = lambda name: _ids(form.get(name, ""))  # noqa: E731
        decision = {"note": str(form.get("note", "")), "move": form.get("move") or None, "because": ids("because")}
        seen = {cid: str(form.get("seen", ""))}
        statement = str(form.get("statement", "")).strip().upper()
        stance = {"supporting": "supporting", "contradicting": "contradicting", "clear": None}
        calls = {
            "accept": (configs.accept, [cid]),
            "unaccept": (configs.unaccept, [cid]),
            "retire": (configs.retire, [cid]),
            "move": (configs.move_domain, [cid, str(form.get("domain", ""))]),
            "split": (configs.split, [cid, ids("statements")]),
            "merge": (configs.merge, [[cid, *ids("others")]]),
            "detach": (configs.detach, [statement]),
            "attach": (configs.attach, [statement, cid]),
            "edit": (configs.edit, [cid, {k: str(form[k]) for k in configs.EDITABLE if form.get(k)}]),
            "cite": (configs.cite_feedback, [cid, ids("feedback")]),
            "mark": (mark_statement, [statement, cid, stance.get(str(form.get("stance", "")), "")]),
        }
        if action not in calls:
            raise NotFound(f"there is no decision called {action}.")
        function, arguments = calls[action]
        if action == "cite":  # the answers cited are the decision's reason: it takes no other
            del decision["because"]
        if action == "mark":
            if arguments[2] == "":
                raise CmoError("choose supporting, contradicting or clear the mark.")
            seen[statement] = str(form.get("seen_statement", ""))  # the page showed the statement's mark too
        with self.opened() as review:
            if action == "move":
                arguments[1] = review.resolve_domain(arguments[1])
            if action == "edit":  # read once the page is known current: a configuration merged away meanwhile is stale
                function = _edit_what_changed
            result = unless_changed(review, seen, function, *arguments, **decision)
        gone = action == "retire" or (action in ("detach", "attach") and cid in result.retired)  # left empty: retired
        landing = "/configurations" if gone else f"/configurations/{cid}" + (f"#{statement}" if action == "mark" else "")
        return self.back(landing, decided(action, result))

    @writing()
    def new_configuration(self, request: Request, form: dict) -> Response:
        """`cmo configs new`: a configuration from the statements chosen, refused if any of them, or a configuration
        holding one, changed since the page showed it."""
        from cmo.commands.configs import new_configuration
        from cmo.commands.guard import unless_changed

        chosen = _ids(form.get("statements", ""))
        if not chosen:
            raise CmoError("choose the statements to make the configuration from.")
        decision = {"note": str(form.get("note", "")), "move": form.get("move") or None, "because": _ids(form.get("because", ""))}
        seen = {sid: str(form.get(f"seen-{sid}", "")) for sid in chosen}

        def where_they_are_now_as_shown(review):  # inside the write's transaction: holders as the page showed them
            holders = {c.id for sid in chosen for c in review.store.configurations_holding(sid)}
            shown = {cid: str(form.get(f"seen-{cid}", "")) for cid in holders}
            return unless_changed(review, shown, new_configuration, chosen, domain=form.get("domain") or None, **decision)

        with self.opened() as review:
            view, moved, retired = unless_changed(review, seen, where_they_are_now_as_shown)
        return self.back(f"/configurations/{view.id}", made_from(view, moved, retired))

    @writing()
    def refine(self, request: Request, form: dict) -> Response:
        from cmo.commands.refine import refine

        with self.opened() as review:
            outcome = refine(review)
        lines = [on_the_web(line) for line in outcome.lines]  # what it asks, by the pages' way first
        return self.render("refined.html", nav="configurations", title="Refine", outcome=outcome, lines=lines)

    @writing()
    def close_round(self, request: Request, form: dict) -> Response:
        from cmo.commands.rounds import close

        with self.opened() as review:
            closed = close(review, note=str(form.get("note", "")))
        return self.back("/rounds", f"round {closed.round} closed.", closed.warnings)  # what `round close` names too

    @writing()
    def import_feedback(self, request: Request, form: dict) -> Response:
        from cmo.commands.feedback import import_feedback, replaced_said
        from cmo.views import counted

        upload = form.get("file")
        if upload is None or not getattr(upload, "filename", ""):
            raise CmoError("choose a feedback file (CSV or XLSX) to import.")
        name = _upload_name(upload.filename)
        answers = upload.file.read()
        typed_round = str(form.get("round") or "").strip()  # as --round takes it: the round a file cannot tell
        if typed_round and not typed_round.isdigit():
            raise CmoError(f"the round the answers are to is a number ('1'), not '{typed_round}'; nothing was imported.")
        with tempfile.TemporaryDirectory(prefix="cmo-feedback-") as folder:  # respondents' answers leave no copy behind
            path = _upload_path(folder, name)
            path.write_bytes(answers)
            with self.opened() as review, _named_as_uploaded(path, name):
                scale = str(form.get("scale") or "").strip() or None  # '1-5', as --scale takes it
                try:
                    done = import_feedback(
                        review, [path], int(typed_round) if typed_round else None, called={path: name}, scale=scale
                    )
                except CmoError as error:  # the same refusal, of its own kind (Busy, BadInput…), as the page says it
                    error.message = _round_field(str(error.message))
                    raise
                replaced = " " + replaced_said(review, done.replaced) if done.replaced else ""
        warnings = [_round_field(_as_uploaded(w, path, name)) for w in done.warnings]
        from cmo.commands.feedback import kept_again

        said = f"{counted(done.added, 'answer')} imported from {name}{kept_again(done)}.{replaced}"
        return self.back("/rounds", said, warnings)


_ROUND_OPTION = re.compile(r"(with )?--round(?: (\d+))?")


def _round_field(message: str) -> str:
    """An import's refusal or warning as the rounds page says it: where it tells a terminal user to give `--round`, the
    page's Round field does it (trial CY: a form's answers dated before round 1 closed were refused with "import the
    file with --round 1", an option the page's import form did not have)."""

    def field(found: re.Match) -> str:
        number = found.group(2)
        if number:
            return f"{found.group(1) or ''}{number} in the Round field of the import form ('--round {number}' at a terminal)"
        return f"{found.group(1) or ''}the Round field of the import form ('--round' at a terminal)"

    return _ROUND_OPTION.sub(field, message)


NOT_WORDS = {"token", "seen", "seen_statement", "deciding_as", "statement", "then"}
"""Fields a form carries that are no words a person typed about the item."""

DECISION_WORDS = {"note", "because", "move"}
"""A decision's own fields (its note, the feedback that prompted it, its realist move): words about the decision, never
the words of an item it changes, so never set beside a statement's or source's note as if they would replace it."""


def seen_targets(path: str, typed: dict) -> dict[str, str]:
    """Each field of a posted form naming a version the page showed, and the item it is the version of: 'seen' is
    the item the page is about (its address), 'seen_statement' the statement a mark names, 'seen-S3' S3."""
    parts = [unquote(part) for part in path.strip("/").split("/")]
    found: dict[str, str] = {}
    if "seen" in typed and len(parts) >= 2 and parts[1] != "new":
        if parts[0] in ("configurations", "statements"):
            found["seen"] = parts[1].upper()
        else:  # a source's key may hold "/": all of the address but the action posted to
            found["seen"] = "/".join(parts[1:-1] if parts[-1] in ("screen", "appraise") and len(parts) > 2 else parts[1:])
    if "seen_statement" in typed and str(typed.get("statement", "")).strip():
        found["seen_statement"] = str(typed["statement"]).strip().upper()
    found.update({key: key[len("seen-") :] for key in typed if key.startswith("seen-")})
    return found


def one_per_event(changes: list[tuple[str, HistoryEntry, int]]) -> list[tuple[str, HistoryEntry]]:
    """The items a refused write found changed, each with its latest decision (`seq`) told of it, as one entry per
    decision naming every item it changed ('S20, C1 and C4'), each item's changed fields under it named by the item:
    an attach that changed three is told once, not three times (trial BP 8)."""
    events: dict[int, list[tuple[str, HistoryEntry]]] = {}
    for target, entry, seq in changes:
        events.setdefault(seq, []).append((target, entry))
    told = []
    for items in events.values():
        targets = [target for target, _ in items]
        named = targets[0] if len(targets) == 1 else ", ".join(targets[:-1]) + " and " + targets[-1]
        first = items[0][1]
        details = first.details if len(items) == 1 else [f"{target} {line}" for target, entry in items for line in entry.details]
        told.append((named, replace(first, details=details)))
    return told


def stored_item(review, target: str):
    store = review.store
    if target[:1] == "C" and target[1:].isdigit():
        return store.configuration(target)
    if target[:1] == "S" and target[1:].isdigit():
        return store.statement(target)
    return store.source(target)


def stored_words(value) -> str:
    """A stored field as a form shows it: text as it is, a list as 'a, b', nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def kept_fields(typed: dict) -> dict:
    """What a refused form posted, to give back: hidden (token, versions) and typed fields, and whether a file was
    chosen (a browser cannot be handed a file back)."""
    hidden = {k: v for k, v in typed.items() if isinstance(v, str) and (k in NOT_WORDS or k.startswith("seen-"))}
    hidden.pop("deciding_as", None)
    shown = {k: v for k, v in typed.items() if isinstance(v, str) and k not in hidden and k != "deciding_as"}
    files = [k for k, v in typed.items() if not isinstance(v, str)]
    return {"hidden": hidden, "shown": shown, "files": files}


MOVES = get_args(RealistMove)
"""The realist moves a decision may name (`--move`), as the models define them."""


def _edit_what_changed(review, config_id: str, typed: dict[str, str], **decision):
    """`cmo configs edit` of the fields a person changed from the words stored now: only those count as written by a
    person (a field sent back as the page showed it is not theirs)."""
    from cmo.commands import configs

    now = configs.get_configuration(review, config_id)
    changes = {k: v for k, v in typed.items() if v.strip() != getattr(now, k).strip()}
    if not changes:
        raise CmoError("nothing to save: the wording is as it was.")
    return configs.edit(review, config_id, changes, **decision)


def decided(action: str, result) -> str:
    """What a decision on a configuration did, said on the page it lands on (as the command prints it)."""
    if action == "split":
        return f"split done: {result.id}."
    if action in ("detach", "attach", "retire"):
        return result.told(pointer=False)  # as the command says it, the page linking the history itself
    if action == "cite":
        return f"{result.id} now cites {', '.join(result.feedback_evidence)} as evidence."
    if action == "mark":
        undecided = f"; not yet decided: {', '.join(result.undecided)}" if result.undecided else ""
        now = f"(contradicting it now: {', '.join(result.contradicting) or 'none'}{undecided})"
        if result.stance == "unmarked":
            return f"{result.statement}'s mark for {result.configuration} cleared {now}."
        return f"{result.statement} marked {result.stance} {result.configuration} {now}."
    return f"{action} done."


def _round_asked(asked: str, closed: list[int]) -> int:
    """The closed round a page asks for ('2'); any other is a page that does not exist."""
    if asked.strip().isdigit() and int(asked) in closed:
        return int(asked)
    rounds = ", ".join(map(str, closed)) or "none yet"
    raise NotFound(f"round {asked.strip()} has not been closed, so it has no feedback to show (closed rounds: {rounds}).")


def _ids(text) -> list[str]:
    """Ids as a form gives them: typed ('S3, S7' or 'S3 S7') or ticked (boxes of one name, read as 'S3,S7')."""
    return [s.strip().upper() for s in str(text).replace(" ", ",").replace(";", ",").split(",") if s.strip()]


class Forbidden(CmoError):
    """A write without this session's token: refused, nothing done."""


@dataclass
class Told:
    """What a write did and the warnings its command gave, said on the page the browser lands on."""

    done: str = ""
    warnings: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.done)


class Kept:
    """What the last writes of this server said, each under an unguessable id the redirect carries (`?told=`): the
    page it lands on, and a reload of it, say it in full; the oldest are forgotten past `KEPT`."""

    KEPT = 200

    def __init__(self):
        self.told: OrderedDict[str, Told] = OrderedDict()
        self._lock = threading.Lock()  # writes answered at once, each in its own thread

    def keep(self, told: Told) -> str:
        name = secrets.token_urlsafe(16)
        with self._lock:
            self.told[name] = told
            while len(self.told) > self.KEPT:
                self.told.popitem(last=False)
        return name

    def get(self, name: str) -> Told:
        return self.told.get(name) or Told()


ON_THE_WEB = {
    "cmo configs detach": "the Detach form on the configuration's page",
    "cmo configs attach": "the Attach form on the configuration's page",
    "cmo configs unaccept": "the Unaccept form on the configuration's page",
    "cmo configs cite": "the Cite feedback form on the configuration's page",
    "cmo configs new": "the New configuration page",
    "cmo code mark": "the Mark form beside the statement on the configuration's page",
    "cmo configs split": "the Split off form on {id}'s page",
    "cmo configs merge": "the Merge form on {id}'s page",
    "cmo configs edit": "the wording form on {id}'s page",
    "cmo configs move": "the Move to domain form on {id}'s page",
    "cmo configs accept": "the Accept form on {id}'s page",
    "cmo configs retire": "the Retire form on {id}'s page",
    "cmo configs show": "{id}'s page",
    "cmo trace": "{id}'s page",
    "cmo history": "{id}'s history page",
    "cmo code edit": "the Correct it form on {id}'s page",
    "cmo code suggest": "{id}'s page (Where it may belong)",
}
"""Commands a warning or refusal tells a terminal user to run, and where the same is done in `cmo serve`: `{id}` is
the configuration, statement or source the command names first ('cmo configs split C1 …': C1's page)."""
_COMMAND = re.compile(r"'(cmo [a-z]+(?: [a-z]+)?)([^']*)'|(?<=: )(cmo [a-z]+(?: [a-z]+)?)((?: [A-Za-z0-9,-]+)*)$", re.M)
"""A command quoted anywhere ('cmo configs detach S3'), or written unquoted at the end after a colon."""


def _page_way(command: str, rest: str) -> str | None:
    """Where a page does what `command` does (`ON_THE_WEB`), for the id it names first; None if no page does it. A
    command's second word may be its first argument ('cmo history smith2019rural'), so the one-word command is tried
    too."""
    words = command.split(" ")
    for known, after in ((command, rest), (" ".join(words[:2]), " ".join(words[2:]) + rest)):
        page = ON_THE_WEB.get(known)
        if page:
            named = next((word for word in after.split() if not word.startswith("-")), "")
            return page.replace("{id}'s", f"{named}'s" if named else "its")
    return None


def told_history(review, decisions: Sequence, about: str) -> list:
    """A history as `cmo history` tells it (`history_entry`, one rule): round, who decided, what, why, what changed."""
    from cmo.outputs.events import history_entry

    return [history_entry(d, about) for d in decisions]


def on_the_web(warning: str) -> str:
    """A command's warning or refusal as a page says it: where it names a command (`'cmo configs detach'`) that a
    page does too, it names the page's way first and the command beside it, for a teammate at a terminal. A command
    that begins a sentence becomes one that says what to do ("Use the Unaccept form … (or 'cmo configs unaccept C1'
    at a terminal) first if …"), and the message begins with a capital (`as_sentence`)."""

    def named(found: re.Match) -> str:
        quoted = found.group(1) is not None
        page = _page_way(found.group(1), found.group(2)) if quoted else _page_way(found.group(3), found.group(4))
        command = found.group(0) if quoted else f"'{found.group(0)}'"
        if not page:
            return found.group(0)
        if _starts_a_sentence(warning, found.start()):
            return f"Use {page} (or {command} at a terminal)"
        return f"{page} or {command} at a terminal"

    return as_sentence(_COMMAND.sub(named, warning))


def _starts_a_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before.endswith((".", "!", "?")) and not before.endswith("e.g.")


_LOWER_START = re.compile(r"[a-z]+ ")
"""A message that starts with a plain word ("someone changed C5 …"), never with a key or a file's name."""


def as_sentence(message: str) -> str:
    """A message as a page shows it, beginning with a capital: a command's words begin lower-case, to follow an
    "Error: " at a terminal; a key ("smith2019rural has …") or a file's name is left as it is written."""
    return message[:1].upper() + message[1:] if _LOWER_START.match(message) else message


def left_empty(retired: Sequence[str]) -> str:
    return said_left_empty(list(retired), pointer=False)


def made_from(view, moved: dict[str, list[str]], retired: Sequence[str]) -> str:
    """What `configs new` did, as the page says it: the new configuration, where each statement came from, and the
    configurations it left empty."""
    taken = "; ".join(f"{', '.join(ids)} from {config_id}" for config_id, ids in moved.items())
    return f"Made {view.id} from {', '.join(view.statements)}{f' ({taken})' if taken else ''}.{left_empty(retired)}"


def _upload_name(sent: str) -> str:
    """The name the browser sent, without any folder (a browser may send `C:\\Users\\jo\\answers.xlsx`): for messages only."""
    name = Path(sent.replace("\\", "/")).name
    return name if name.strip(". ") else "feedback.csv"


def _upload_path(folder: str, name: str) -> Path:
    """Where an upload is written: a fixed name with the sent name's suffix (what the reader goes by), never the sent
    name itself, which may be "..", too long for the file system, or anything else a browser sends (probe 40 F4)."""
    suffix = Path(name).suffix.lower()
    return Path(folder) / ("answers" + (suffix if _SUFFIX.fullmatch(suffix) else ""))


_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")


def _as_uploaded(text: str, path: Path, name: str) -> str:
    """A message about the temporary copy an upload was read from, naming the file the person chose: the copy is gone."""
    return text.replace(str(path), name)


@contextmanager
def _named_as_uploaded(path: Path, name: str):
    """A problem with an uploaded file names the file the person chose, not its temporary copy."""
    try:
        yield
    except CmoError as error:
        error.message = _as_uploaded(error.message, path, name)
        raise


def _matches(source, wanted: dict) -> bool:
    text = wanted["q"].strip().lower()
    if text and text not in f"{source.key} {source.title} {' '.join(source.authors)} {source.doi or ''}".lower():
        return False
    if wanted["status"] and source.status != wanted["status"]:
        return False
    if wanted["type"] and source.type != wanted["type"]:
        return False
    if wanted["origin"] and source.origin != wanted["origin"]:
        return False
    return not (wanted["file"] and not any(r.file == wanted["file"] for r in source.records))
