namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>The <c>Portal:Search</c> configuration section.</summary>
public sealed class SearchIndexOptions
{
    public const string SectionName = "Portal:Search";

    /// <summary>
    /// Folder of the embedded index, relative to the content root. Default: <c>search-index</c> in the data directory
    /// (<c>App_Data/search-index</c> unless Database:DataDirectory moves it).
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>Documents read from the database per batch when the index is rebuilt.</summary>
    public int RebuildBatchSize { get; set; } = 500;

    /// <summary>Build the index in the background at start-up when it is missing or empty.</summary>
    public bool BuildWhenEmpty { get; set; } = true;
}
