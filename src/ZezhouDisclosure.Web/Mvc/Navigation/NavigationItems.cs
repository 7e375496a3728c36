namespace ZezhouDisclosure.Web.Mvc.Navigation;

/// <summary>One link of the back-office (工作台) navigation, shown to users holding <paramref name="Permission"/>.</summary>
/// <param name="Text">The link text (Chinese).</param>
/// <param name="Controller">The back-office controller (area Admin).</param>
/// <param name="Action">Its action.</param>
/// <param name="Permission">The permission a user needs to see the link (the target page asks for the same one).</param>
/// <param name="Order">Position in the bar: lower first.</param>
public sealed record AdminMenuItem(string Text, string Controller, string Action, string Permission, int Order);

/// <summary>One link of the public site's main navigation (shown to everybody).</summary>
public sealed record PublicNavItem(string Text, string Url, int Order);
