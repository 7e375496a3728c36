using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ZezhouDisclosure.Web.Mvc;

public static class ModelStateExtensions
{
    /// <summary>Copies validation failures into ModelState; property names equal the form's, so errors land on fields.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, FluentValidation.ValidationException exception)
    {
        foreach (var failure in exception.Errors)
        {
            modelState.AddModelError(failure.PropertyName ?? string.Empty, failure.ErrorMessage);
        }
    }
}
