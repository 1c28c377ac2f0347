package io.lastmilehub.hub.edi;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The caller's EDI documents sent to trading partners, with each partner's acknowledgement. */
@RestController
public class SentDocumentController {

    private final SentDocuments documents;

    public SentDocumentController(SentDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/edi/documents")
    public List<SentDocument> list(@RequestParam(required = false) String partner,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String acknowledgement,
                                   @RequestParam(defaultValue = "100") int limit, Authentication caller) {
        return documents.list(caller.getName(), partner, type, acknowledgement, Math.max(1, Math.min(limit, 500)));
    }
}
