using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Sweep;

/// <summary>
/// The bad-input sweep (issue 20 standing target, docs/testing.md): every controller action of the portal, as an
/// anonymous visitor, a clerk, a reviewer and an administrator, in the Production environment, gets hostile input in
/// every route value, query or form field it binds — and in every field of every form its pages show. No answer may be
/// a 5xx, show a stack trace, or carry a header value Kestrel would refuse to send (non-ASCII, control characters).
/// <para>
/// Size: <c>ZD_SWEEP_SIZE</c> = how many kinds of input each route and each form field gets (default 2, a CI run of
/// well under two minutes; the kinds rotate so that together they cover the whole catalogue), or <c>full</c> for every
/// kind everywhere (tests/sweep/run-full.sh).
/// </para>
/// </summary>
[Trait("Category", "Sweep")]
public partial class BadInputSweepTests(SweepFactory factory, ITestOutputHelper output) : IClassFixture<SweepFactory>
{
    private const int MaxUrlLength = 8 * 1024; // Kestrel answers 414 to a longer request line before the portal sees it

    private static readonly string[] ExcludedPaths = ["/account/logout"];

    private static readonly string[] RoleNames =
        ["anonymous", Application.Common.Security.Roles.Clerk, Application.Common.Security.Roles.Reviewer, Application.Common.Security.Roles.Administrator];

    public static TheoryData<string> Roles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var role in RoleNames)
            {
                data.Add(role);
            }

            return data;
        }
    }

    [Fact]
    public void Catalogue_HasAtLeastFiftyDistinctKinds()
    {
        Assert.True(HostileInputs.All.Select(i => i.Kind).Distinct().Count() >= 50);
        Assert.Equal(HostileInputs.All.Count, HostileInputs.All.Select(i => i.Kind).Distinct().Count());
    }

    [Fact]
    public void Targets_CoverPublicAndStaffRoutesWithTheirFields()
    {
        var targets = SweepTargets.From(factory.Services.GetRequiredService<EndpointDataSource>());

        Assert.Contains(targets, t => t.Method == "POST" && t.Pattern.RawText!.Trim('/') == "xxgk/ysqgk/apply" && t.Fields.Contains("ApplicantName"));
        Assert.Contains(targets, t => t.Method == "POST" && t.Display.Contains("DocumentsController.Create", StringComparison.Ordinal) && t.Fields.Contains("Title")
            && t.Path(_ => "1") == "/admin/documents/create/1");
        Assert.Contains(targets, t => t.Method == "GET" && t.Pattern.RawText!.Trim('/') == "search" && t.Fields.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Sweep_HostileInputEverywhere_NeverAnswers5xxNorLeaksAStackTrace(string role)
    {
        var size = Environment.GetEnvironmentVariable("ZD_SWEEP_SIZE");
        var perTarget = string.Equals(size, "full", StringComparison.OrdinalIgnoreCase) ? HostileInputs.All.Count
            : int.TryParse(size, CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Min(n, HostileInputs.All.Count) : 2;
        var watch = Stopwatch.StartNew();
        await SeedAsync();
        var session = await Session.StartAsync(factory, role);
        var targets = SweepTargets.From(factory.Services.GetRequiredService<EndpointDataSource>())
            .Where(t => !ExcludedPaths.Any(p => ("/" + t.Pattern.RawText).StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var offset = Array.IndexOf(RoleNames, role) * 7;
        var pagesWithForms = new List<string>();

        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var plain = target.Path(Plausible);
            if (plain is null)
            {
                continue;
            }

            if (target.Method == "GET")
            {
                // The page as it is, for its forms.
                var page = await session.SendAsync(HttpMethod.Get, plain, null, "none", target);
                if (page.Contains("<form", StringComparison.Ordinal))
                {
                    pagesWithForms.Add(plain);
                }
            }

            foreach (var input in Pick(i * perTarget + offset, perTarget))
            {
                if (target.Fields.Count > 0)
                {
                    var fields = target.Fields.Select(f => (f, input.Encoded)).ToList();
                    await session.SendAsync(target, plain, fields, input.Kind + " in every field");
                }

                if (target.HasRouteParameters && target.Path(_ => input.Encoded) is { } hostilePath)
                {
                    await session.SendAsync(target, hostilePath, [], input.Kind + " in the route");
                }
            }
        }

        // Every form every page shows: each field in turn gets hostile input, the others keep what the page put there.
        var seen = new HashSet<string>();
        var formIndex = 0;
        foreach (var url in pagesWithForms.Distinct())
        {
            var response = await session.Client.GetAsync(url);
            var document = await HtmlForms.ParseAsync(response);
            foreach (var form in document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                var path = form.GetAttribute("action") is { Length: > 0 } target ? target : url;
                var defaults = Defaults(form);
                if (ExcludedPaths.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                    || !seen.Add(path + "|" + string.Join(",", defaults.Select(d => d.Name))))
                {
                    continue;
                }

                foreach (var field in defaults.Select(d => d.Name).Distinct().Where(n => n != "__RequestVerificationToken"))
                {
                    foreach (var input in Pick(formIndex++ * perTarget + offset, perTarget))
                    {
                        var body = defaults.Where(d => d.Name != field).Select(d => (d.Name, HostileInputs.Encode(d.Value)))
                            .Append((field, input.Encoded)).ToList();
                        await session.SendAsync(HttpMethod.Post, path, body, $"{input.Kind} in {field} of the form on {url}", null);
                    }
                }
            }
        }

        output.WriteLine($"{role}: {session.Sent} requests, {targets.Count} routes, {seen.Count} forms, {perTarget} kinds each, "
            + $"{session.SignIns} sign-ins, {watch.Elapsed.TotalSeconds:F0} s; statuses {string.Join(", ", session.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(session.Failures.Count == 0,
            $"{session.Failures.Count} of {session.Sent} requests failed:\n" + string.Join("\n", session.Failures.Take(60)));
    }

    private static IEnumerable<HostileInput> Pick(int start, int count) =>
        Enumerable.Range(0, count).Select(k => HostileInputs.All[(start + k) % HostileInputs.All.Count]);

    /// <summary>A value a real link would carry, so that the fields behind the route are reached.</summary>
    private static string? Plausible(RoutePatternParameterPart parameter)
    {
        if (parameter.ParameterPolicies.Any(p => p.Content is "int" or "long" or "min(1)") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
        {
            return "1";
        }

        return parameter.Name.ToLowerInvariant() switch
        {
            "year" => "2026",
            "code" => "404",
            "name" => "privacy",
            "area" => null,
            _ when parameter.IsCatchAll => "gfxwj",
            _ => "gaodu",
        };
    }

    private static List<(string Name, string Value)> Defaults(IHtmlFormElement form)
    {
        var values = new List<(string, string)>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add((name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button" or "image" or "reset":
                    break;
                case IHtmlInputElement input:
                    values.Add((name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add((name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add((name, select.Value ?? ""));
                    break;
            }
        }

        return values;
    }

    private async Task SeedAsync()
    {
        if (await factory.QueryAsync(db => Task.FromResult(db.Documents.Any())))
        {
            return;
        }

        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Draft);
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);
    }

    [GeneratedRegex(@"(\.cs:line \d+|\n\s+at [A-Z][\w.`]+\.[\w<>`]+\(|\b(System|Microsoft)\.[\w.]+Exception\b)")]
    private static partial Regex StackTrace();

    /// <summary>One client signed in (again, when an action ends its session) as one role, and what it saw.</summary>
    private sealed class Session(SweepFactory factory, string role, HttpClient client)
    {
        private static int _accounts;
        private string _token = "";

        public HttpClient Client { get; private set; } = client;

        public int Sent { get; private set; }

        public int SignIns { get; private set; }

        public List<string> Failures { get; } = [];

        public Dictionary<int, int> Statuses { get; } = new();

        public static async Task<Session> StartAsync(SweepFactory factory, string role)
        {
            var session = new Session(factory, role, factory.HttpsClient());
            await session.SignInAsync();
            return session;
        }

        private async Task SignInAsync()
        {
            if (role != "anonymous")
            {
                // A fresh account each time: the sweep may have disabled, renamed or re-passworded the last one.
                var userName = $"sweep-{role.ToLowerInvariant()}-{Interlocked.Increment(ref _accounts)}";
                await factory.CreateUserAsync(userName, role, role == Application.Common.Security.Roles.Clerk ? "gaodu" : null);
                Client = factory.HttpsClient();
                var login = await HtmlForms.GetAsync(Client, "/account/login");
                var response = await HtmlForms.PostAsync(Client, "/account/login", login.Token, new() { ["UserName"] = userName, ["Password"] = ZezhouWebFactory.Password });
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"Sweep sign-in as {role} failed: {(int)response.StatusCode}");
                }

                SignIns++;
            }

            // Any page with a form carries a token for this client and user; the application form is open to all.
            _token = (await HtmlForms.GetAsync(Client, "/xxgk/ysqgk/apply")).Token;
        }

        public Task<string> SendAsync(SweepTarget target, string path, List<(string, string)> fields, string what) =>
            SendAsync(new HttpMethod(target.Method), path, fields, what, target);

        public async Task<string> SendAsync(HttpMethod method, string path, List<(string Name, string Value)>? fields, string what, SweepTarget? target)
        {
            var url = path;
            HttpContent? content = null;
            var encoded = fields?.Select(f => HostileInputs.Encode(f.Name) + "=" + f.Value).ToList() ?? [];
            if (method == HttpMethod.Get || method == HttpMethod.Head)
            {
                if (encoded.Count > 0)
                {
                    url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", encoded);
                }

                if (url.Length > MaxUrlLength)
                {
                    return "";
                }
            }
            else
            {
                encoded.Add("__RequestVerificationToken=" + Uri.EscapeDataString(_token));
                content = new ByteArrayContent(Encoding.ASCII.GetBytes(string.Join("&", encoded)));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            }

            using var request = new HttpRequestMessage(method, url) { Content = content };
            HttpResponseMessage response;
            try
            {
                response = await Client.SendAsync(request);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // A NUL in the path: Kestrel refuses the request line with 400 before the portal sees it (so does TestServer).
                Sent++;
                Statuses[400] = Statuses.GetValueOrDefault(400) + 1;
                return "";
            }

            using var disposable = response;
            var body = await response.Content.ReadAsStringAsync();
            Sent++;
            var status = (int)response.StatusCode;
            Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
            var where = $"{role} {method} {Shorten(url)} [{what}] {target?.Display}";
            if (status >= 500)
            {
                Failures.Add($"{status}: {where}");
            }
            else if (StackTrace().Match(body) is { Success: true } trace)
            {
                Failures.Add($"stack trace ({trace.Value.Trim()}): {where}");
            }
            else if (response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value.Select(v => (h.Key, v)))
                         .FirstOrDefault(h => h.v.Any(c => c is < ' ' or > '~')) is { Key: not null } header)
            {
                Failures.Add($"header {header.Key} not ASCII (Kestrel answers 500): {where}");
            }

            if (role != "anonymous" && response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.OrdinalIgnoreCase) == true)
            {
                await SignInAsync(); // the action ended this session (sign-out, password or role change): carry on as a new one
            }

            return body;
        }

        private static string Shorten(string url) => url.Length <= 160 ? url : url[..160] + $"…({url.Length} chars)";
    }
}
