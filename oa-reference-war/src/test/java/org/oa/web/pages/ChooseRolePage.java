package org.oa.web.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Choosing one of the account's roles after sign-in ({@code <portal>/choose-role.xhtml}). */
public final class ChooseRolePage extends Page {

    ChooseRolePage(WebDriver driver) {
        super(driver);
        waitFor("chooseRoleForm");
    }

    /** Opens the page by its address. */
    public static ChooseRolePage open(WebDriver driver, String portal) {
        driver.get(Site.url(portal + "/choose-role.xhtml"));
        return new ChooseRolePage(driver);
    }

    /** The roles offered, in the order shown. */
    public List<String> roles() {
        return driver.findElements(By.cssSelector("input.oa-role-choice")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    public DashboardPage choose(String role) {
        driver.findElement(By.cssSelector("input.oa-role-choice[value='" + role + "']")).click();
        waitFor("user-role");
        return new DashboardPage(driver);
    }
}
