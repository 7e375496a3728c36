using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Interactions;

/// <summary>
/// A published answer changed (published, or its message anonymised by retention): its cached page and any cached
/// 答复 list (ADR 0009). Found by scanning. Unpublished messages make no public change at all (MessageContentSource).
/// </summary>
public sealed class InteractionsCacheTagRule : IOutputCacheTagRule
{
    /// <summary>Every cached list of published answers.</summary>
    public const string ListsTag = "message-answers";

    public static string AnswerTag(int id) => "message-answer:" + id.ToString(CultureInfo.InvariantCulture);

    public PublicContentKind Kind => PublicContentKind.MessageAnswer;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [AnswerTag(change.Id), ListsTag];
}
