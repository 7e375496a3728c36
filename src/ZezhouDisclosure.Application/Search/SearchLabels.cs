using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Search;

/// <summary>Chinese names of the search kinds and facets, as shown on the search page.</summary>
public static class SearchLabels
{
    public static string Of(SearchKind kind) => kind switch
    {
        SearchKind.Document => "文件",
        SearchKind.Interpretation => "政策解读",
        SearchKind.CatalogueItem => "目录事项",
        SearchKind.ServiceItem => "办事指南",
        SearchKind.Consultation => "征求意见",
        SearchKind.MessageAnswer => "留言答复",
        SearchKind.ParticipationCatalogue => "参与事项目录",
        SearchKind.ParticipationRecord => "列席与访谈",
        _ => kind.ToString(),
    };

    public static string Of(SearchFacet facet) => facet switch
    {
        SearchFacet.Kind => "类别",
        SearchFacet.Organisation => "发布机构",
        SearchFacet.Column => "栏目",
        SearchFacet.PilotArea => "试点领域",
        SearchFacet.Year => "年份",
        SearchFacet.Type => "体裁",
        SearchFacet.Validity => "有效性",
        _ => facet.ToString(),
    };
}
