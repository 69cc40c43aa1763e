package org.smartcourt.fees.web.sandbox;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.smartcourt.fees.payment.Endpoints;
import org.smartcourt.fees.sandbox.SandboxEnabled;
import org.smartcourt.fees.sandbox.SandboxGateway;
import org.smartcourt.fees.sandbox.SandboxOrder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sandbox gateway's hosted payment page: the order, a QR code of the page's address for paying by phone, and a
 * card form. Paying completes the order and sends the payer back to the merchant's return address, which proves
 * nothing: the merchant learns of the payment from the signed notification.
 */
@Controller
@SandboxEnabled
@RequestMapping("/sandbox-pay/pay/{orderId}")
class SandboxPageController {

    private final SandboxGateway gateway;
    private final Endpoints endpoints;

    SandboxPageController(SandboxGateway gateway, Endpoints endpoints) {
        this.gateway = gateway;
        this.endpoints = endpoints;
    }

    @GetMapping
    String page(@PathVariable String orderId, Model model) {
        model.addAttribute("order", order(orderId));
        model.addAttribute("qrUrl", "/sandbox-pay/pay/" + orderId + "/qr.png");
        return "fees/sandbox-pay";
    }

    @GetMapping(path = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String orderId) {
        var order = order(orderId);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .body(png(endpoints.gateway() + "/pay/" + order.orderId(), 220));
    }

    @PostMapping
    String pay(
            @PathVariable String orderId,
            @RequestParam(defaultValue = "") String cardNumber,
            @RequestParam(defaultValue = "CARD") String method,
            Model model) {
        var order = order(orderId);
        var digits = cardNumber.replaceAll("[\\s-]", "");
        if (method.equals("CARD") && !digits.matches("\\d{12,19}")) {
            model.addAttribute("order", order);
            model.addAttribute("qrUrl", "/sandbox-pay/pay/" + orderId + "/qr.png");
            model.addAttribute("cardInvalid", true);
            return "fees/sandbox-pay";
        }
        var paid = gateway.pay(orderId, method.equals("QR") ? "QR" : "CARD");
        return "redirect:" + paid.returnUrl();
    }

    private SandboxOrder order(String orderId) {
        return gateway.find(orderId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    static byte[] png(String text, int size) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 1));
            var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (var y = 0; y < matrix.getHeight(); y++) {
                for (var x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            var out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
