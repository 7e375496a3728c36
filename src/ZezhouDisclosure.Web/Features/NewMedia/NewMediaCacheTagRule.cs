using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.NewMedia;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.NewMedia;

/// <summary>An account of the 政务新媒体 registry changed: the public 矩阵, its only public page. Found by scanning (ADR 0009).</summary>
public sealed class NewMediaCacheTagRule : IOutputCacheTagRule
{
    public const string MatrixTag = "new-media";

    public PublicContentKind Kind => PublicContentKind.NewMedia;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [MatrixTag];
}
