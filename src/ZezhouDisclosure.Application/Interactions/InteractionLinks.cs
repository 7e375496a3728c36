namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The public 互动交流 pages the application layer links to (search results, e-mails).</summary>
public static class InteractionLinks
{
    public const string Query = "/hdjl/query";

    /// <summary>One published answer, by its 留言编号.</summary>
    public static string PublishedAnswer(string number) => "/hdjl/dafu/" + number;
}
