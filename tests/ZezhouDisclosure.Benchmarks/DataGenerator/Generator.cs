using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Persistence;

namespace ZezhouDisclosure.Benchmarks.DataGenerator;

/// <summary>
/// Inserts documents, township catalogues and 依申请公开 applications in batches (AddRange, SaveChanges every
/// <see cref="BatchSize"/> rows, a fresh context per batch with change detection off). Every row is made by the
/// domain's constructors and methods (Submit → Approve with a real 索引号, Withdraw, DescribeInterpretation,
/// TownshipCatalogue.Approve → CatalogueVersion, DisclosureRequest.Accept → … → Deliver), so it is valid data.
/// </summary>
public sealed class Generator(IServiceProvider services, GeneratorClock clock, GeneratorOptions options)
{
    private const int BatchSize = 2000;
    private static readonly DateTime Start = new(2019, 12, 31, 16, 0, 0, DateTimeKind.Utc); // 2020-01-01 00:00 Beijing

    private readonly Random _random = new(options.Seed);
    private readonly DateTime _now = DateTime.UtcNow;
    private readonly Manifest _manifest = new() { Seed = options.Seed };

    private List<Organisation> _organisations = [];
    private List<Column> _columns = [];
    private Dictionary<string, int> _topics = [];

    public async Task<Manifest> RunAsync()
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            _organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.SortOrder).ToListAsync();
            _columns = await db.Columns.AsNoTracking().ToListAsync();
            _topics = await db.TopicCategories.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id);
        }

        await GenerateDocumentsAsync();
        await GenerateCataloguesAsync();
        await GenerateRequestsAsync();
        return _manifest;
    }

    // -----------------------------------------------------------------------------------------------------------
    // Documents
    // -----------------------------------------------------------------------------------------------------------

    private enum Fate : byte
    {
        Published,
        Withdrawn,
        Draft,
        Submitted,
    }

    private readonly record struct Planned(DateTime At, int Organisation, int Column, Fate Fate);

    /// <summary>Weight of each column for county bodies and departments (d) and for townships (t); 0 = never.</summary>
    private static readonly Dictionary<string, (double County, double Township)> ColumnWeights = new()
    {
        ["xxgk/zn"] = (0.3, 0.3),
        ["xxgk/zd"] = (0.3, 0.3),
        ["xxgk/nb"] = (0.2, 0.2),
        ["xxgk/ysqgk"] = (0.1, 0.1),
        ["xxgk/zcwj"] = (16, 6),
        ["xxgk/zcjd"] = (5, 1.5),
        ["xxgk/fdzdgknr/gfxwj"] = (3, 1),
        ["xxgk/fdzdgknr/jgzn"] = (1, 1),
        ["xxgk/fdzdgknr/ghjh"] = (2, 0.5),
        ["xxgk/fdzdgknr/tjxx"] = (3, 0.5),
        ["xxgk/fdzdgknr/xzxk"] = (6, 1),
        ["xxgk/fdzdgknr/xzcf"] = (6, 1),
        ["xxgk/fdzdgknr/czyjs"] = (6, 5),
        ["xxgk/fdzdgknr/xzsf"] = (1, 0.2),
        ["xxgk/fdzdgknr/zfcg"] = (4, 1),
        ["xxgk/fdzdgknr/zdjsxm"] = (3, 1),
        ["xxgk/fdzdgknr/msbz"] = (12, 8),
        ["xxgk/fdzdgknr/yjgl"] = (3, 2),
        ["xxgk/fdzdgknr/jdjc"] = (5, 1),
        ["xxgk/fdzdgknr/gwyzk"] = (2, 0.5),
        ["xxgk/fdzdgknr/qtxx"] = (5, 3),
    };

    private async Task GenerateDocumentsAsync()
    {
        var watch = Stopwatch.StartNew();
        var accepting = _columns.Where(c => c.AcceptsDocuments).ToList();
        double Weight(Column column, bool township) =>
            ColumnWeights.TryGetValue(column.Path, out var w) ? (township ? w.Township : w.County)
            : column.Path.StartsWith("xxgk/fdzdgknr/xzsx/", StringComparison.Ordinal) ? (township ? 4 : 0)
            : column.Path.StartsWith("xxgk/fdzdgknr/xjsx/", StringComparison.Ordinal) ? (township ? 0 : 1.5)
            : 0.2;
        var countyColumns = Cumulative(accepting.Select(c => Weight(c, false)).ToArray());
        var townshipColumns = Cumulative(accepting.Select(c => Weight(c, true)).ToArray());
        var organisationWeights = Cumulative(_organisations.Select(o => o.Kind switch
        {
            OrganisationKind.CountyGovernment => 4.0,
            OrganisationKind.CountyOffice => 12.0,
            OrganisationKind.Department => 2.5,
            _ => 2.5,
        }).ToArray());

        // Plan first (cheap), then create in publication order so ids grow with time as on a real portal.
        var span = (_now.AddHours(-1) - Start).Ticks;
        var plan = new List<Planned>(options.Documents);
        for (var i = 0; i < options.Documents; i++)
        {
            var at = Start.AddTicks((long)(_random.NextDouble() * span));
            var day = ChinaTime.ToBeijing(at);
            int organisation;
            do
            {
                organisation = Draw(organisationWeights);
            }
            while (!_organisations[organisation].IsActiveOn(DateOnly.FromDateTime(day)));

            var township = _organisations[organisation].Kind == OrganisationKind.Township;
            var column = Draw(township ? townshipColumns : countyColumns);
            var roll = _random.Next(1000);
            var fate = roll < 10 ? Fate.Withdrawn : roll < 18 ? Fate.Draft : roll < 22 ? Fate.Submitted : Fate.Published;
            plan.Add(new Planned(at, organisation, column, fate));
        }

        plan.Sort((a, b) => a.At.CompareTo(b.At));

        var sequences = new Dictionary<(int, int), IndexNumberSequence>();
        var numbers = new Dictionary<(string, int), int>();
        var policies = new List<(int Id, string Title)>();
        var topicIds = _topics.Values.ToArray();
        var published = new Dictionary<string, int>();
        var rareCount = 0;
        for (var offset = 0; offset < plan.Count; offset += BatchSize)
        {
            var batch = plan.Skip(offset).Take(BatchSize).ToList();
            clock.Now = batch[0].At.AddDays(-1);
            var documents = new List<Document>(batch.Count);
            var interpretations = new List<(Document Interpretation, int PolicyId)>();
            var newPolicies = new List<Document>();
            foreach (var item in batch)
            {
                var organisation = _organisations[item.Organisation];
                var column = accepting[item.Column];
                var beijing = ChinaTime.ToBeijing(item.At);
                var year = beijing.Year;
                var rare = _random.Next(2000) < Texts.RareTerms.Length ? Texts.RareTerms[_random.Next(Texts.RareTerms.Length)] : null;
                var term = rare ?? Texts.PickTerm(_random, column.Path);
                var (title, genre) = Texts.Title(_random, column.Path, organisation.Name, year, term);
                var isInterpretation = column.Path == "xxgk/zcjd";
                (int Id, string Title)? policy = null;
                if (isInterpretation && policies.Count > 0)
                {
                    policy = policies[policies.Count - 1 - _random.Next(Math.Min(300, policies.Count))];
                    title = _random.Next(3) == 0 ? $"一图读懂：{policy.Value.Title}" : $"《{policy.Value.Title}》政策解读";
                    genre = "其他";
                }

                if (title.Length > DataLimits.Title)
                {
                    title = title[..DataLimits.Title];
                }

                var writtenOn = DateOnly.FromDateTime(beijing).AddDays(-_random.Next(0, 10));
                string? number = null;
                if (column.Path is "xxgk/zcwj" or "xxgk/fdzdgknr/gfxwj" || (!isInterpretation && _random.Next(5) == 0))
                {
                    var prefix = NumberPrefix(organisation);
                    var key = (prefix, writtenOn.Year);
                    numbers[key] = numbers.GetValueOrDefault(key) + 1;
                    number = $"{prefix}〔{writtenOn.Year}〕{numbers[key]}号";
                }

                var content = new DocumentContent(
                    title, Texts.Body(_random, title, organisation.Name, year, term, rare), column.Id, topicIds[_random.Next(topicIds.Length)],
                    number, writtenOn, Texts.Summary(title, term, organisation.Name), DisclosureAttribute.Proactive, null, null)
                {
                    Keywords = Texts.Keywords(_random, term),
                    Genre = genre,
                    FivePublic = (FivePublicCategory)_random.Next(1, 6),
                };
                var document = new Document(organisation.Id, content);
                if (isInterpretation)
                {
                    document.DescribeInterpretation(
                        (InterpretationForm)_random.Next(1, 3), _random.Next(2) == 0 ? InterpretationChannels.WeChat : InterpretationChannels.None,
                        _random.Next(4) == 0 ? organisation.Name : null);
                }

                if (item.Fate != Fate.Draft)
                {
                    document.Submit(item.At.AddHours(-3), organisation.Slug);
                }

                if (item.Fate is Fate.Published or Fate.Withdrawn)
                {
                    if (!sequences.TryGetValue((organisation.Id, year), out var sequence))
                    {
                        sequence = new IndexNumberSequence(organisation.Id, year);
                        sequences[(organisation.Id, year)] = sequence;
                    }

                    document.Approve(IndexNumber.Format(organisation.IndexCode, year, sequence.Next()), item.At, "shenhe");
                    if (item.Fate == Fate.Withdrawn)
                    {
                        var withdrawnAt = item.At.AddDays(_random.Next(1, 60));
                        document.Withdraw("该信息内容已过时效，依据有关规定予以撤回。", withdrawnAt < _now ? withdrawnAt : _now, "shenhe");
                    }
                    else
                    {
                        published[column.Path] = published.GetValueOrDefault(column.Path) + 1;
                        if (rare == Texts.RareTerms[0])
                        {
                            rareCount++;
                        }

                        if (column.Path == "xxgk/zcwj")
                        {
                            newPolicies.Add(document);
                        }

                        if (policy is { } linked)
                        {
                            interpretations.Add((document, linked.Id));
                        }
                    }
                }

                documents.Add(document);
                if (number is not null && item.Fate == Fate.Published && offset >= plan.Count / 2 && _manifest.DocumentNumber.Length == 0)
                {
                    _manifest.DocumentNumber = number;
                }
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Documents.AddRange(documents);
                await db.SaveChangesAsync();
                db.InterpretationLinks.AddRange(interpretations.Select(i => new InterpretationLink(i.PolicyId, i.Interpretation.Id)));
                await db.SaveChangesAsync();
            }

            policies.AddRange(newPolicies.Select(p => (p.Id, p.Title)));
            _manifest.InterpretationLinks += interpretations.Count;
            if (_manifest.DocumentId == 0 && offset >= plan.Count / 2 && interpretations.Count > 0)
            {
                _manifest.DocumentId = interpretations[0].PolicyId;
            }

            Progress("documents", offset + batch.Count, plan.Count, watch);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.IndexNumberSequences.AddRange(sequences.Values);
            await db.SaveChangesAsync();
            if (_manifest.DocumentId == 0)
            {
                _manifest.DocumentId = await db.Documents.Where(d => d.Status == DocumentStatus.Published)
                    .OrderBy(d => d.Id).Select(d => d.Id).Skip(plan.Count / 2).FirstOrDefaultAsync();
            }
        }

        _manifest.Documents = plan.Count;
        _manifest.PublishedDocuments = published.Values.Sum();
        _manifest.PublishedByColumn = published.OrderByDescending(p => p.Value).ToDictionary(p => p.Key, p => p.Value);
        _manifest.ListColumn = "xxgk/zcwj";
        _manifest.ListColumnDocuments = published.GetValueOrDefault("xxgk/zcwj");
        _manifest.RareWord = Texts.RareTerms[0];
        _manifest.RareWordDocuments = rareCount;
    }

    /// <summary>发文字号 prefix: 泽政发, 泽政办发, a department's 泽教发…, a township's 高都政发.</summary>
    private static string NumberPrefix(Organisation organisation) => organisation.Slug switch
    {
        "xzf" => "泽政发",
        "xzfb" => "泽政办发",
        "jyj" => "泽教发",
        "mzj" => "泽民发",
        "czj" => "泽财发",
        "rsj" => "泽人社发",
        "zjj" => "泽住建发",
        "nyncj" => "泽农发",
        "wtj" => "泽卫体发",
        "yjj" => "泽应急发",
        "scjgj" => "泽市监发",
        "fgj" => "泽发改发",
        _ when organisation.Kind == OrganisationKind.Township => organisation.Name[..^1] + "政发",
        _ => "泽" + organisation.Name.Replace("泽州县", "", StringComparison.Ordinal)[..1] + "字",
    };

    // -----------------------------------------------------------------------------------------------------------
    // Township catalogues
    // -----------------------------------------------------------------------------------------------------------

    private static readonly string[] Level1Names = ["政策文件", "办事服务", "监管信息", "资金信息", "项目信息", "工作动态", "结果公示", "机构信息"];
    private static readonly string[] Level2Suffixes = ["办事指南", "资金发放情况", "对象名单公示", "政策解读", "监督检查情况", "实施情况", "申请条件", "办理结果"];

    private async Task GenerateCataloguesAsync()
    {
        if (options.CatalogueItems == 0)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(_now));
        var townships = _organisations.Where(o => o.Kind == OrganisationKind.Township && o.IsActiveOn(today)).ToList();
        var perTownship = (int)Math.Ceiling(options.CatalogueItems / (double)townships.Count);
        var versions = options.CatalogueVersions;
        const int growth = 4; // local rows added by each 动态调整
        var firstSize = Math.Max(30, (perTownship - (growth * versions * (versions - 1) / 2)) / versions);
        var done = 0;
        foreach (var township in townships)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var areas = await db.PilotAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync();
            var names = areas.ToDictionary(a => a.Id, a => a.Name);
            var templates = await db.CatalogueTemplates.Include(t => t.Items).ToListAsync();
            var catalogue = new TownshipCatalogue(township.Id);
            foreach (var template in templates.OrderBy(t => t.PilotAreaId))
            {
                catalogue.AddArea(template);
            }

            var notInvolved = areas.First(a => a.Slug == "hjgl");
            catalogue.MarkAreaNotInvolved(notInvolved.Id, "户籍业务由县公安局派出所办理，本镇不承担户籍登记职责。");
            var involved = areas.Where(a => a.Id != notInvolved.Id).ToList();
            var next = 0;
            void AddLocal()
            {
                // Round-robin over the involved areas (every area gets rows) plus the township's common items.
                var area = next % (involved.Count + 1) == involved.Count ? null : involved[next % (involved.Count + 1)];
                next++;
                catalogue.AddLocalItem(area?.Id, LocalRow(township.Name, area?.Name, next));
            }

            while (catalogue.Items.Count < firstSize || next < involved.Count)
            {
                AddLocal();
            }

            db.TownshipCatalogues.Add(catalogue);
            clock.Now = _now.AddDays(-120 * versions - 30);
            await db.SaveChangesAsync();
            for (var v = 1; v <= versions; v++)
            {
                var approvedAt = _now.AddDays(-120 * (versions - v + 1) + _random.Next(0, 30));
                clock.Now = approvedAt.AddDays(-2);
                if (v > 1)
                {
                    catalogue.StartRevision();
                    for (var i = 0; i < growth; i++)
                    {
                        AddLocal();
                    }

                    var edited = catalogue.Items[_random.Next(catalogue.Items.Count)];
                    catalogue.EditItem(edited.Id, edited.ToContent() with { Content = edited.ToContent().Content + "；调整后的公开要素" });
                    await db.SaveChangesAsync();
                }

                catalogue.Submit(approvedAt.AddDays(-2), township.Slug);
                var version = catalogue.Approve(DateOnly.FromDateTime(ChinaTime.ToBeijing(approvedAt)).AddDays(1), names, approvedAt, "shenhe");
                db.CatalogueVersions.Add(version);
                await db.SaveChangesAsync();
                _manifest.CatalogueVersionItems += version.Items.Count;
            }

            // 归集: the township's newest published documents filed under its rows.
            var documents = await db.Documents.AsNoTracking()
                .Where(d => d.OrganisationId == township.Id && d.Status == DocumentStatus.Published)
                .OrderByDescending(d => d.PublishedAt).Take(options.FiledPerTownship)
                .Select(d => new { d.Id, d.PublishedAt }).ToListAsync();
            var rows = catalogue.Items.Where(i => !i.NotInvolved).ToList();
            db.ChangeTracker.Clear();
            db.CatalogueItemDocuments.AddRange(documents.Select(d => new CatalogueItemDocument(
                township.Id, rows[_random.Next(rows.Count)].Id, d.Id, d.PublishedAt!.Value.AddHours(1), township.Slug)));
            await db.SaveChangesAsync();
            _manifest.CatalogueFilings += documents.Count;
            Progress("township catalogues", ++done, townships.Count, watch);
        }
    }

    private CatalogueItemContent LocalRow(string township, string? area, int number)
    {
        var term = Texts.Terms[_random.Next(Texts.Terms.Length)];
        var level1 = area ?? Level1Names[_random.Next(Level1Names.Length)];
        var channels = DisclosureChannels.GovernmentWebsite
            | (_random.Next(2) == 0 ? DisclosureChannels.NoticeBoard : DisclosureChannels.None)
            | (_random.Next(3) == 0 ? DisclosureChannels.ConvenienceStation : DisclosureChannels.None)
            | (_random.Next(4) == 0 ? DisclosureChannels.WeiboWeChatApp : DisclosureChannels.None);
        return new CatalogueItemContent(
            level1,
            term + Level2Suffixes[_random.Next(Level2Suffixes.Length)],
            _random.Next(3) == 0 ? $"第{number}项" : null,
            $"{term}的政策依据、申请条件、办理程序、办理时限、{Texts.Pick(_random, "补助标准", "资金发放", "对象名单", "监督电话")}及办理结果",
            "《中华人民共和国政府信息公开条例》（国务院令第711号）",
            _random.Next(3) == 0 ? "制定或获取信息之日起10个工作日内" : "信息形成或者变更之日起20个工作日内",
            township + "人民政府",
            channels,
            _random.Next(8) == 0 ? DisclosureAudience.SpecificGroup : DisclosureAudience.Public,
            _random.Next(10) == 0 ? CatalogueDisclosureMode.OnRequest : CatalogueDisclosureMode.Proactive,
            DisclosureLevels.Township);
    }

    // -----------------------------------------------------------------------------------------------------------
    // 依申请公开 applications
    // -----------------------------------------------------------------------------------------------------------

    private static readonly RequestOutcome[] Outcomes =
    [
        RequestOutcome.Disclosed, RequestOutcome.Disclosed, RequestOutcome.Disclosed, RequestOutcome.Disclosed,
        RequestOutcome.PartlyDisclosed, RequestOutcome.PartlyDisclosed, RequestOutcome.UnavailableNotHeld, RequestOutcome.UnavailableNotHeld,
        RequestOutcome.WithheldThirdPartyRights, RequestOutcome.WithheldInternalAffairs, RequestOutcome.WithheldProcessInformation,
        RequestOutcome.UnavailableWouldNeedCreating, RequestOutcome.NotHandledRepeated, RequestOutcome.NotHandledConfirmation,
    ];

    private static readonly string[] Wants =
    [
        "{0}年{1}{2}资金的发放名单及发放标准", "{0}年{1}{2}项目的立项批复及验收材料", "本人户所在村{0}年{2}的审批结果",
        "{1}{0}年{2}工作的有关文件", "{0}年{1}辖区内{2}的统计数据", "{1}关于{2}的会议纪要（{0}年）",
    ];

    private async Task GenerateRequestsAsync()
    {
        if (options.Requests == 0)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(_now));
        var first = new DateOnly(2020, 1, 2);
        var days = today.DayNumber - first.DayNumber;
        var received = Enumerable.Range(0, options.Requests).Select(_ => first.AddDays(_random.Next(days))).Order().ToList();
        var perDay = new Dictionary<DateOnly, int>();
        for (var offset = 0; offset < received.Count; offset += BatchSize)
        {
            var batch = received.Skip(offset).Take(BatchSize).ToList();
            clock.Now = new DateTimeOffset(batch[0].ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
            var requests = new List<DisclosureRequest>(batch.Count);
            foreach (var day in batch)
            {
                perDay[day] = perDay.GetValueOrDefault(day) + 1;
                Organisation organisation;
                do
                {
                    organisation = _organisations[_random.Next(_organisations.Count)];
                }
                while (!organisation.IsActiveOn(day));

                var channel = _random.Next(10) < 6 ? RequestChannel.Online : _random.Next(2) == 0 ? RequestChannel.InPerson : RequestChannel.Post;
                var want = string.Format(CultureInfo.InvariantCulture, Wants[_random.Next(Wants.Length)],
                    day.Year - _random.Next(0, 2), organisation.Name, Texts.Terms[_random.Next(Texts.Terms.Length)]);
                var request = new DisclosureRequest(
                    RequestNumber.Format(day, perDay[day]), organisation.Id, People.Applicant(_random),
                    new RequestedInformation(want, _random.Next(3) == 0 ? InformationForm.Paper : InformationForm.Electronic,
                        channel == RequestChannel.Online ? ReceivingMethod.Online : (ReceivingMethod)_random.Next(1, 4)),
                    channel, day);
                if (channel == RequestChannel.Online)
                {
                    request.IssueQueryCode(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString("N")))));
                }

                Advance(request, organisation, today);
                requests.Add(request);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.DisclosureRequests.AddRange(requests);
                await db.SaveChangesAsync();
            }

            _manifest.Requests += requests.Count;
            Progress("applications", offset + batch.Count, received.Count, watch);
        }
    }

    /// <summary>Moves an application along the statutory procedure; older ones are closed, recent ones are spread over the open states.</summary>
    private void Advance(DisclosureRequest request, Organisation organisation, DateOnly today)
    {
        var day = request.ReceivedOn;
        var age = today.DayNumber - day.DayNumber;
        var roll = _random.Next(100);
        var stopAt = age > 60 ? 99 : _random.Next(7); // 99 = run to the end
        if (roll < 3 && stopAt > 0)
        {
            var other = _organisations.First(o => o.Id != organisation.Id && o.Kind != OrganisationKind.Township && o.IsActiveOn(day));
            request.Transfer(other.Id, "所申请信息不属于本机关职责范围，已转有关机关办理。", day.AddDays(2));
            return;
        }

        if (stopAt == 0)
        {
            return; // 已登记
        }

        var accepted = day.AddDays(_random.Next(0, 3));
        request.Accept(accepted);
        var at = accepted;
        if (roll < 8 || stopAt == 2)
        {
            request.RequestSupplement("请补充所需信息的具体名称、文号或者便于查询的其他特征性描述。", accepted, accepted.AddDays(15));
            if (stopAt == 2)
            {
                return; // 补正中
            }

            if (roll < 4)
            {
                request.MarkAbandoned(accepted.AddDays(16));
                return;
            }

            at = accepted.AddDays(_random.Next(2, 12));
            request.ReceiveSupplement(at);
        }

        if (stopAt == 1)
        {
            return; // 办理中
        }

        if (roll is >= 90 and < 95 || stopAt == 3)
        {
            request.StartConsultation(ConsultationKind.ThirdParty, "有关第三方企业", at.AddDays(1));
            if (stopAt == 3)
            {
                return; // 征求意见中
            }

            at = at.AddDays(_random.Next(5, 20));
            request.EndConsultation(at, "第三方同意公开。");
        }

        var outcome = Outcomes[_random.Next(Outcomes.Length)];
        at = at.AddDays(_random.Next(3, 12));
        request.ProposeDecision(outcome, "经审查，依据《中华人民共和国政府信息公开条例》有关规定，拟作如下答复。", at, "信息员");
        if (stopAt == 4)
        {
            return; // 待报批
        }

        at = at.AddDays(_random.Next(0, 3));
        request.ApproveDecision("政务公开办负责人", at);
        if (stopAt is 5 or 6 && age <= 60)
        {
            return; // 已批准，待送达
        }

        request.Deliver(request.ReceivingMethod, at.AddDays(_random.Next(1, 5)));
    }

    // -----------------------------------------------------------------------------------------------------------

    private static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        return cumulative;
    }

    private int Draw(double[] cumulative)
    {
        var value = _random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, value);
        index = index < 0 ? ~index : index + 1; // the first entry whose cumulative weight exceeds the value
        return Math.Min(index, cumulative.Length - 1);
    }

    private static void Progress(string what, int done, int total, Stopwatch watch)
    {
        if (done == total || done % 20_000 < BatchSize || what == "township catalogues")
        {
            var rate = done / Math.Max(0.001, watch.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[generator] {what}: {done}/{total} ({watch.Elapsed.TotalSeconds:0.0} s, {rate:0}/s)"));
        }
    }
}
