package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelSpec;
import org.moralbase.models.ModelSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The model registry through {@link ModelRegistryService}: list and register (keys are never returned). */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Models")
class ModelController {

    private final ModelRegistryService models;

    ModelController(ModelRegistryService models) {
        this.models = models;
    }

    @GetMapping
    @Operation(summary = "Registered models")
    List<ModelSummary> list(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return models.list(Math.max(offset, 0), Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One model")
    ModelSummary get(@PathVariable long id) {
        return models.find(id).orElseThrow(() -> new ModelNotFoundException("model", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a model (an endpoint, a model id and sampling settings; a key by env var or stored)")
    ModelSummary register(@RequestBody ModelSpec spec) {
        return models.create(spec);
    }
}
