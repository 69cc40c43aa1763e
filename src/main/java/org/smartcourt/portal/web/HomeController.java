package org.smartcourt.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
