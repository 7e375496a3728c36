using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>The public content kind of the 政务新媒体 registry (the public 矩阵 lists every account).</summary>
public static class NewMediaPublicContent
{
    private static readonly PublicContentKind NewMediaKind = new("new-media");

    extension(PublicContentKind)
    {
        public static PublicContentKind NewMedia => NewMediaKind;
    }
}

public sealed class NewMediaContentSource : PublicContentSource
{
    public NewMediaContentSource() => Map<NewMediaAccount>(account => [new(PublicContentKind.NewMedia, account.Id, account.OrganisationId)]);
}
