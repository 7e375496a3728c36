namespace ZezhouDisclosure.Web.Features.ReferenceData.Models;

public sealed record ReferenceDataViewModel(
    IReadOnlyList<ZezhouDisclosure.Application.Organisations.OrganisationSummary> Organisations,
    IReadOnlyList<ZezhouDisclosure.Application.Portal.ColumnNode> Columns);
