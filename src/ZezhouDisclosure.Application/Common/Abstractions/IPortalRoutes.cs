namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>The portal's own routes, as the web host knows them: whether a site-relative path would reach a page.</summary>
public interface IPortalRoutes
{
    /// <summary>Whether some GET route of the portal matches <paramref name="path"/> (no query string).</summary>
    bool Matches(string path);
}
