using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>Why a form is shown again: its input was invalid (400), or somebody changed the record first (409).</summary>
/// <param name="Conflict">The conflict's Chinese explanation; null when the input was invalid.</param>
public sealed record FormFailure(string? Conflict)
{
    public bool IsConflict => Conflict is not null;
}

/// <summary>
/// The one seam between a form post and a command. It sends the command and either follows <c>onSuccess</c> (usually a
/// redirect: Post/Redirect/Get), or shows the same page again through <c>redisplay</c>, the page's own builder, so the
/// page looks exactly as it did on first render plus the errors and the user's typed text:
/// <list type="bullet">
/// <item>invalid input (FluentValidation in the pipeline): errors in ModelState under the command's property names, 400;</item>
/// <item>a conflict (<see cref="ConflictException"/>: stale version, the workflow moved on): the reason in ModelState, 409.</item>
/// </list>
/// Everything else (not found, forbidden, a step the entity refuses) goes to <see cref="ExceptionMappingFilter"/>.
/// </summary>
public static class FormSubmission
{
    public static Task<IActionResult> SendFormAsync<TResult>(
        this Controller controller,
        ISender sender,
        ICommand<TResult> command,
        Func<TResult, IActionResult> onSuccess,
        Func<FormFailure, Task<IActionResult>> redisplay,
        CancellationToken cancellationToken) =>
        controller.SubmitAsync(() => sender.Send(command, cancellationToken), onSuccess, redisplay);

    /// <summary>As above, for a redisplay that needs no awaiting.</summary>
    public static Task<IActionResult> SendFormAsync<TResult>(
        this Controller controller,
        ISender sender,
        ICommand<TResult> command,
        Func<TResult, IActionResult> onSuccess,
        Func<FormFailure, IActionResult> redisplay,
        CancellationToken cancellationToken) =>
        controller.SubmitAsync(() => sender.Send(command, cancellationToken), onSuccess, failure => Task.FromResult(redisplay(failure)));

    /// <summary>A form that asks rather than changes (the citizen's status query): the same rules, no transaction.</summary>
    public static Task<IActionResult> SendFormAsync<TResult>(
        this Controller controller,
        ISender sender,
        IQuery<TResult> query,
        Func<TResult, IActionResult> onSuccess,
        Func<FormFailure, IActionResult> redisplay,
        CancellationToken cancellationToken) =>
        controller.SubmitAsync(() => sender.Send(query, cancellationToken), onSuccess, failure => Task.FromResult(redisplay(failure)));

    private static async Task<IActionResult> SubmitAsync<TResult>(
        this Controller controller,
        Func<ValueTask<TResult>> send,
        Func<TResult, IActionResult> onSuccess,
        Func<FormFailure, Task<IActionResult>> redisplay)
    {
        TResult result;
        try
        {
            result = await send();
        }
        catch (FluentValidation.ValidationException ex)
        {
            controller.ModelState.AddValidationErrors(ex);
            controller.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await redisplay(new FormFailure(null));
        }
        catch (ConflictException ex)
        {
            controller.ModelState.AddModelError(string.Empty, ex.Message);
            controller.Response.StatusCode = StatusCodes.Status409Conflict;
            return await redisplay(new FormFailure(ex.Message));
        }

        return onSuccess(result);
    }
}
