using ZezhouDisclosure.Infrastructure.Search;

namespace ZezhouDisclosure.Infrastructure.Tests.Search;

public sealed class SynonymListTests
{
    [Fact]
    public void Embedded_List_LoadsItsGroups()
    {
        Assert.True(SynonymList.Embedded.Count > 40);
        Assert.Contains("最低生活保障", SynonymList.Embedded.Variants("低保"));
        Assert.Contains("特困人员供养", SynonymList.Embedded.Variants("五保"));
        Assert.Contains("医疗保险", SynonymList.Embedded.Variants("医保"));
    }

    [Fact]
    public void Variants_TermInsideWord_ReplacesTheLongestTerm()
    {
        var list = SynonymList.Parse("# comment\n低保, 最低生活保障\n低保户，低保家庭\n");

        Assert.Equal(["最低生活保障标准"], list.Variants("低保标准"));
        Assert.Equal(["低保家庭"], list.Variants("低保户"));
        Assert.Empty(list.Variants("危房"));
    }
}
