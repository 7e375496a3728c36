using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Infrastructure.Tests.Seeding;

public class ReferenceDataTests
{
    [Fact]
    public void ColumnPaths_AreAllSeeded()
    {
        var seeded = ReferenceData.Columns
            .Select(c => c.ParentPath.Length == 0 ? c.Slug : c.ParentPath + "/" + c.Slug)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(ColumnPaths.All, path => Assert.Contains(path, seeded));
    }

    [Fact]
    public void ColumnPaths_AreDistinct() =>
        Assert.Equal(ColumnPaths.All.Count, ColumnPaths.All.Distinct(StringComparer.Ordinal).Count());
}
